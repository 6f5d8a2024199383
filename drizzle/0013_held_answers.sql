CREATE TABLE `held_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`staff_message_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`author_name` text NOT NULL,
	`kind` text NOT NULL,
	`text` text,
	`reason` text NOT NULL,
	`language` text NOT NULL,
	`status` text NOT NULL,
	`decided_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `held_answers_message` ON `held_answers` (`chat_id`,`staff_message_id`);--> statement-breakpoint
CREATE INDEX `held_answers_request` ON `held_answers` (`request_id`);