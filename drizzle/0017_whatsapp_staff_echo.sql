ALTER TABLE `whatsapp_messages` ADD `staff_chat_id` integer;--> statement-breakpoint
ALTER TABLE `whatsapp_messages` ADD `staff_message_id` integer;