CREATE TABLE `schedules` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`lines_json` text NOT NULL,
	`interval` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`auto_issue` integer NOT NULL,
	`status` text NOT NULL,
	`next_period` integer DEFAULT 0 NOT NULL,
	`next_run_on` text,
	`memo` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schedules_customer` ON `schedules` (`customer_id`);--> statement-breakpoint
CREATE INDEX `schedules_due` ON `schedules` (`status`,`next_run_on`);--> statement-breakpoint
CREATE TABLE `time_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`worked_on` text NOT NULL,
	`hours` text NOT NULL,
	`description` text NOT NULL,
	`hourly_rate_minor` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`status` text NOT NULL,
	`entry_id` text,
	`actor_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `time_entries_customer` ON `time_entries` (`customer_id`,`status`);--> statement-breakpoint
ALTER TABLE `customers` ADD `replenishment_after_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `balance_due_through` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `credit_limit_unblocked_at` text;