CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`group` text NOT NULL,
	`sort` integer NOT NULL,
	`default_seats` integer NOT NULL,
	`default_minutes` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`request_id` integer,
	`session_id` integer,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_request` ON `audit` (`request_id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit` (`at`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`child_name` text,
	`child_class` text,
	`subject` text,
	`seat_key` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`offer_expires_at` integer,
	`attendance` text,
	`confirmed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bookings_session_status` ON `bookings` (`session_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `bookings_resident_status` ON `bookings` (`resident_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_one_seat` ON `bookings` (`session_id`,`resident_id`,`seat_key`) WHERE status in ('booked', 'waiting', 'offered');--> statement-breakpoint
CREATE INDEX `bookings_offer_expiry` ON `bookings` (`status`,`offer_expires_at`);--> statement-breakpoint
CREATE TABLE `conversation_states` (
	`key` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`due_at` integer NOT NULL,
	`expires_at` integer,
	`chat_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref` text,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`claimed_at` integer,
	`send_started_at` integer,
	`sent_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_status_due` ON `outbox` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `outbox_ref` ON `outbox` (`ref`);--> statement-breakpoint
CREATE TABLE `processed_updates` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `processed_updates_at` ON `processed_updates` (`at`);--> statement-breakpoint
CREATE TABLE `request_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`text` text,
	`file_id` text,
	`staff_id` integer,
	`staff_name` text,
	`group_message_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_messages_request` ON `request_messages` (`request_id`);--> statement-breakpoint
CREATE INDEX `request_messages_group` ON `request_messages` (`group_message_id`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`category` text NOT NULL,
	`language` text NOT NULL,
	`visit` text NOT NULL,
	`address` text,
	`latitude` real,
	`longitude` real,
	`contact` text NOT NULL,
	`status` text NOT NULL,
	`assignee_id` integer,
	`assignee_name` text,
	`topic_id` integer,
	`card_message_id` integer,
	`created_at` integer NOT NULL,
	`first_answer_at` integer,
	`closed_at` integer,
	`erased_at` integer,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `requests_status_created` ON `requests` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `requests_resident` ON `requests` (`resident_id`,`status`);--> statement-breakpoint
CREATE INDEX `requests_assignee` ON `requests` (`assignee_id`,`status`);--> statement-breakpoint
CREATE TABLE `residents` (
	`id` integer PRIMARY KEY NOT NULL,
	`language` text,
	`pending_flow` text,
	`first_name` text,
	`phone` text,
	`consent_at` integer,
	`consent_version` integer,
	`blocked_at` integer,
	`blocked_reason` text,
	`forgotten_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_min` integer NOT NULL,
	`place` text,
	`seats` integer NOT NULL,
	`status` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_status_start` ON `sessions` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `sessions_activity` ON `sessions` (`activity_id`,`starts_at`);