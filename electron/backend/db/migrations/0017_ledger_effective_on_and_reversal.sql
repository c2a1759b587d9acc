ALTER TABLE `ledger_entries` ADD `effective_on` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `ledger_entries` ADD `reverses_entry_id` text;--> statement-breakpoint
CREATE INDEX `ledger_entries_customer_effective` ON `ledger_entries` (`customer_id`,`effective_on`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_reverses` ON `ledger_entries` (`reverses_entry_id`) WHERE reverses_entry_id IS NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `closing_date` text;