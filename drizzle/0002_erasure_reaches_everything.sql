CREATE TABLE `group_posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`message_id` integer NOT NULL,
	`thread_id` integer,
	`kind` text NOT NULL,
	`request_id` integer,
	`session_id` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_posts_one` ON `group_posts` (`resident_id`,`chat_id`,`message_id`);--> statement-breakpoint
ALTER TABLE `request_messages` ADD `forward_origin` text;--> statement-breakpoint
ALTER TABLE `request_messages` ADD `forward_name` text;--> statement-breakpoint
ALTER TABLE `residents` ADD `last_seen_at` integer;