CREATE TABLE `participant_sheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer,
	`subject_key` text DEFAULT '' NOT NULL,
	`answered_by` text NOT NULL,
	`consent` text NOT NULL,
	`consent_at` integer,
	`sensitive_consent` text,
	`sensitive_consent_at` integer,
	`answers` text NOT NULL,
	`desk_id` text,
	`activity_id` text,
	`entered_at` integer,
	`completed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participant_sheets_subject` ON `participant_sheets` (`resident_id`,`subject_key`) WHERE resident_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `participant_sheets_created` ON `participant_sheets` (`created_at`);