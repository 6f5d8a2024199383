ALTER TABLE `requests` ADD `team_id` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `desk_id` text;--> statement-breakpoint
CREATE INDEX `requests_team_status` ON `requests` (`team_id`,`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `residents` ADD `desk_id` text;--> statement-breakpoint
ALTER TABLE `residents` ADD `desk_prompt_at` integer;--> statement-breakpoint
ALTER TABLE `sessions` ADD `desk_id` text;