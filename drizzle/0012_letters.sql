CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`request_id` integer,
	`language` text NOT NULL,
	`status` text NOT NULL,
	`pages` text,
	`text` text,
	`facts` text,
	`confidence` real,
	`attempts` integer DEFAULT 0 NOT NULL,
	`group_message_id` integer,
	`created_at` integer NOT NULL,
	`read_at` integer,
	`checked_at` integer
);
--> statement-breakpoint
CREATE INDEX `letters_status` ON `letters` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `letters_resident` ON `letters` (`resident_id`);--> statement-breakpoint
CREATE INDEX `letters_request` ON `letters` (`request_id`);