ALTER TABLE `channel_links` ADD `last_inbound_at` integer;--> statement-breakpoint
ALTER TABLE `channel_links` ADD `failed_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `channel_links` ADD `failed_since` integer;--> statement-breakpoint
ALTER TABLE `channel_links` ADD `forgotten_at` integer;