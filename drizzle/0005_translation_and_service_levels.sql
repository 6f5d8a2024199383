CREATE TABLE `translation_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`resident_id` integer,
	`translation` text NOT NULL,
	`detected` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `translation_cache_resident` ON `translation_cache` (`resident_id`);--> statement-breakpoint
CREATE INDEX `translation_cache_created` ON `translation_cache` (`created_at`);--> statement-breakpoint
ALTER TABLE `request_messages` ADD `translation` text;--> statement-breakpoint
ALTER TABLE `request_messages` ADD `translated_from` text;--> statement-breakpoint
ALTER TABLE `request_messages` ADD `translation_note` text;--> statement-breakpoint
ALTER TABLE `request_messages` ADD `transcript` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `translate` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `stale_flagged_at` integer;--> statement-breakpoint
ALTER TABLE `requests` ADD `satisfaction_asked_at` integer;--> statement-breakpoint
ALTER TABLE `requests` ADD `satisfaction` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `satisfaction_at` integer;--> statement-breakpoint
ALTER TABLE `residents` ADD `closed_notice_key` text;