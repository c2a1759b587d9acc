CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`reason` text,
	`before_json` text,
	`after_json` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_events_id_unique` ON `audit_events` (`id`);--> statement-breakpoint
CREATE INDEX `audit_events_entity` ON `audit_events` (`entity_type`,`entity_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_events_actor` ON `audit_events` (`actor_id`,`seq`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`currency` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`payment_terms_days` integer NOT NULL,
	`hourly_rate_minor` integer,
	`auto_apply_credit` integer DEFAULT true NOT NULL,
	`billing_mode` text DEFAULT 'prepaid' NOT NULL,
	`credit_limit_minor` integer,
	`credit_limit_blocked` integer DEFAULT false NOT NULL,
	`replenishment_enabled` integer DEFAULT false NOT NULL,
	`replenishment_threshold_minor` integer,
	`replenishment_amount_minor` integer,
	`replenishment_recurrence` text,
	`balance_minor` integer DEFAULT 0 NOT NULL,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`last_entry_hash` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `customers_name_key` ON `customers` (`name_key`,`id`);--> statement-breakpoint
CREATE TABLE `grant_allocations` (
	`entry_id` text NOT NULL,
	`grant_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	PRIMARY KEY(`entry_id`, `grant_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_allocations_grant` ON `grant_allocations` (`grant_id`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`entry_id` text NOT NULL,
	`kind` text NOT NULL,
	`original_minor` integer NOT NULL,
	`remaining_minor` integer NOT NULL,
	`expires_on` text,
	`created_seq` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grants_open_by_customer` ON `grants` (`customer_id`,`created_seq`) WHERE remaining_minor > 0;--> statement-breakpoint
CREATE INDEX `grants_open_by_expiry` ON `grants` (`expires_on`) WHERE remaining_minor > 0 AND expires_on IS NOT NULL;--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`balance_after_minor` integer NOT NULL,
	`occurred_at` text NOT NULL,
	`actor_id` text NOT NULL,
	`reason` text,
	`description` text,
	`invoice_id` text,
	`payment_id` text,
	`credit_note_id` text,
	`time_entry_id` text,
	`grant_id` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_customer_seq` ON `ledger_entries` (`customer_id`,`seq`);--> statement-breakpoint
CREATE INDEX `ledger_entries_customer_occurred` ON `ledger_entries` (`customer_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `requests` (
	`request_id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`channel` text NOT NULL,
	`input_hash` text NOT NULL,
	`result_json` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`business_name` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`invoice_prefix` text DEFAULT 'INV-' NOT NULL,
	`default_payment_terms_days` integer DEFAULT 14 NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`pin_hash` text,
	`created_at` text NOT NULL
);
