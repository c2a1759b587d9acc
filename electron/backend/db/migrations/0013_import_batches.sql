CREATE TABLE `import_batch_items` (
	`batch_id` text NOT NULL,
	`position` integer NOT NULL,
	`row` integer NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`effective_on` text,
	`before_json` text,
	PRIMARY KEY(`batch_id`, `position`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batch_items_entity` ON `import_batch_items` (`entity_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`row_count` integer NOT NULL,
	`skipped_count` integer NOT NULL,
	`totals_json` text NOT NULL,
	`actor_id` text NOT NULL,
	`imported_at` text NOT NULL,
	`undone_at` text,
	`undone_by` text,
	`undo_reason` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_batches_standing_file` ON `import_batches` (`sha256`,`kind`) WHERE undone_at IS NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `external_id` text;--> statement-breakpoint
CREATE INDEX `customers_external_id` ON `customers` (`external_id`) WHERE external_id IS NOT NULL;