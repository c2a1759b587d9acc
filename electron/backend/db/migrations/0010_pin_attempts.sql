CREATE TABLE `pin_attempts` (
	`user_id` text PRIMARY KEY NOT NULL,
	`wrong_count` integer NOT NULL,
	`locked_until` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `pin_backoff` (
	`id` integer PRIMARY KEY NOT NULL,
	`drained_at` text NOT NULL
);
