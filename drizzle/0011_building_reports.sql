CREATE TABLE `building_report_followers` (
	`report_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `building_report_followers_one` ON `building_report_followers` (`report_id`,`resident_id`);--> statement-breakpoint
CREATE INDEX `building_report_followers_resident` ON `building_report_followers` (`resident_id`);--> statement-breakpoint
CREATE TABLE `building_report_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`resident_id` integer,
	`kind` text NOT NULL,
	`text` text,
	`file_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `building_report_notes_report` ON `building_report_notes` (`report_id`);--> statement-breakpoint
CREATE TABLE `building_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`desk_id` text NOT NULL,
	`building` text NOT NULL,
	`building_key` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`passed_to` text,
	`passed_at` integer,
	`reported_by` integer NOT NULL,
	`team_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `building_reports_one_open` ON `building_reports` (`building_key`,`kind`) WHERE status in ('open', 'passed');--> statement-breakpoint
CREATE INDEX `building_reports_created` ON `building_reports` (`created_at`);