CREATE TABLE `flow_pieces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`message_id` integer NOT NULL,
	`piece` text NOT NULL,
	`chars` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flow_pieces_message` ON `flow_pieces` (`key`,`message_id`);