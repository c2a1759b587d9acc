CREATE TABLE `hours_budgets` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`hours` text NOT NULL,
	`period` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`overage` text NOT NULL,
	`overage_rate_minor` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `schedules` ADD `kind` text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE `schedules` ADD `allowance_minor` integer;