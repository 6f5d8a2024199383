ALTER TABLE `channel_links` ADD `last_inbound_at` integer;--> statement-breakpoint
ALTER TABLE `channel_links` ADD `failed_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `channel_links` ADD `failed_since` integer;--> statement-breakpoint
ALTER TABLE `channel_links` ADD `forgotten_at` integer;--> statement-breakpoint
ALTER TABLE `whatsapp_messages` ADD `staff_chat_id` integer;--> statement-breakpoint
ALTER TABLE `whatsapp_messages` ADD `staff_message_id` integer;