CREATE TABLE `offered_buttons` (
	`chat_id` integer NOT NULL,
	`message_id` integer NOT NULL,
	`data` text NOT NULL,
	`offered_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offered_buttons_press` ON `offered_buttons` (`chat_id`,`message_id`,`data`);--> statement-breakpoint
CREATE INDEX `offered_buttons_age` ON `offered_buttons` (`offered_at`);