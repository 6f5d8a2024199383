CREATE TABLE `reply_journal` (
	`update_id` integer NOT NULL,
	`idx` integer NOT NULL,
	`key` text NOT NULL,
	`result` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`update_id`, `idx`)
);
--> statement-breakpoint
CREATE INDEX `reply_journal_at` ON `reply_journal` (`at`);