CREATE TABLE `voice_preferences` (
	`resident_id` integer PRIMARY KEY NOT NULL,
	`listens` integer NOT NULL,
	`changed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `voice_recordings` (
	`key` text NOT NULL,
	`locale` text NOT NULL,
	`audio` blob NOT NULL,
	`seconds` real NOT NULL,
	`recorded_by` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	PRIMARY KEY(`key`, `locale`)
);
