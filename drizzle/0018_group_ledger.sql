CREATE TABLE `group_ledger_ids` (
	`chat_id` integer NOT NULL,
	`message_id` integer NOT NULL,
	PRIMARY KEY(`chat_id`, `message_id`)
);
--> statement-breakpoint
CREATE TABLE `group_ledger_lost` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`before` integer NOT NULL,
	`digest` text NOT NULL,
	`until` integer
);
