CREATE TABLE `announcement_recipients` (
	`announcement_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`language` text NOT NULL,
	`outbox_id` integer,
	`reply` text,
	`replied_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcement_recipients_one` ON `announcement_recipients` (`announcement_id`,`resident_id`);--> statement-breakpoint
CREATE INDEX `announcement_recipients_resident` ON `announcement_recipients` (`resident_id`);--> statement-breakpoint
CREATE TABLE `announcement_texts` (
	`announcement_id` integer NOT NULL,
	`language` text NOT NULL,
	`text` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcement_texts_one` ON `announcement_texts` (`announcement_id`,`language`);--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`topic` text NOT NULL,
	`audience` text NOT NULL,
	`origin_chat_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_by_name` text NOT NULL,
	`status` text NOT NULL,
	`text_it` text NOT NULL,
	`event_at` integer,
	`skipped` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`reported_at` integer
);
--> statement-breakpoint
CREATE INDEX `announcements_status` ON `announcements` (`status`);--> statement-breakpoint
CREATE INDEX `announcements_sent` ON `announcements` (`sent_at`);--> statement-breakpoint
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
CREATE INDEX `building_reports_created` ON `building_reports` (`created_at`);--> statement-breakpoint
CREATE TABLE `news_preferences` (
	`resident_id` integer PRIMARY KEY NOT NULL,
	`activities` integer DEFAULT false NOT NULL,
	`works` integer DEFAULT false NOT NULL,
	`health` integer DEFAULT false NOT NULL,
	`asked_at` integer,
	`updated_at` integer NOT NULL
);
