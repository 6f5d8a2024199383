CREATE TABLE `inbox` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`from_id` integer,
	`chat_id` integer,
	`payload` text,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`received_at` integer NOT NULL,
	`retry_at` integer,
	`done_at` integer,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `inbox_status` ON `inbox` (`status`,`update_id`);--> statement-breakpoint
CREATE INDEX `inbox_done` ON `inbox` (`done_at`);--> statement-breakpoint
CREATE INDEX `inbox_chat` ON `inbox` (`chat_id`,`status`);--> statement-breakpoint
ALTER TABLE `request_messages` ADD `source_message_id` integer;