CREATE TABLE `channel_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`code` text,
	`code_expires_at` integer,
	`linked_chat_id` integer,
	`linked_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_links_chat` ON `channel_links` (`chat_id`);--> statement-breakpoint
CREATE INDEX `channel_links_code` ON `channel_links` (`code`);--> statement-breakpoint
CREATE TABLE `whatsapp_contacts` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`wa_id` text NOT NULL,
	`phone_number_id` text NOT NULL,
	`profile_name` text,
	`last_inbound_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `whatsapp_contacts_wa_id` ON `whatsapp_contacts` (`wa_id`,`phone_number_id`);--> statement-breakpoint
CREATE TABLE `whatsapp_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`message_id` integer NOT NULL,
	`wamid` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`current` integer DEFAULT true NOT NULL,
	`payload` text,
	`status` text,
	`status_at` integer,
	`error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `whatsapp_messages_wamid` ON `whatsapp_messages` (`wamid`);--> statement-breakpoint
CREATE INDEX `whatsapp_messages_chat` ON `whatsapp_messages` (`chat_id`,`message_id`);