CREATE TABLE `visit_windows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`position` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visit_windows_position` ON `visit_windows` (`visit_id`,`position`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`series` integer NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`team` text,
	`worker_id` integer NOT NULL,
	`worker_name` text NOT NULL,
	`who` text NOT NULL,
	`role` text,
	`address` text,
	`latitude` real,
	`longitude` real,
	`notes` text,
	`status` text NOT NULL,
	`starts_at` integer,
	`ends_at` integer,
	`proposed_at` integer NOT NULL,
	`confirmed_at` integer,
	`outcome_at` integer,
	`again` text,
	`resident_calendar_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_request` ON `visits` (`request_id`,`id`);--> statement-breakpoint
CREATE INDEX `visits_worker_start` ON `visits` (`worker_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `visits_start` ON `visits` (`starts_at`);