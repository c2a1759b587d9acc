ALTER TABLE `schedules` ADD `kind` text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE `schedules` ADD `allowance_minor` integer;