ALTER TABLE `letters` ADD `translation_state` text;--> statement-breakpoint
ALTER TABLE `letters` ADD `translation` text;