ALTER TABLE `grant_allocations` ADD `effective_on` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_allocations` ADD `customer_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_allocations` ADD `lot_kind` text DEFAULT 'paid' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_allocations` ADD `lot_expires_on` text;--> statement-breakpoint
ALTER TABLE `grant_allocations` ADD `lot_formed_on` text DEFAULT '' NOT NULL;
