CREATE TABLE `logos` (
	`sha256` text PRIMARY KEY NOT NULL,
	`media_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statement_sendings` (
	`id` text PRIMARY KEY NOT NULL,
	`snapshot_id` text NOT NULL,
	`sent_at` text NOT NULL,
	`sent_by` text NOT NULL,
	`sent_to` text,
	FOREIGN KEY (`snapshot_id`) REFERENCES `statement_snapshots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_sendings_snapshot` ON `statement_sendings` (`snapshot_id`,`sent_at`);--> statement-breakpoint
CREATE TABLE `statement_snapshot_files` (
	`snapshot_id` text PRIMARY KEY NOT NULL,
	`pdf` blob NOT NULL,
	`data_json` text NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `statement_snapshots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `statement_snapshots` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`customer_id` text NOT NULL,
	`customer_name` text NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`made_at` text NOT NULL,
	`made_by` text NOT NULL,
	`page_count` integer NOT NULL,
	`byte_count` integer NOT NULL,
	`pdf_sha256` text NOT NULL,
	`data_sha256` text NOT NULL,
	`code` text NOT NULL,
	`audit_head_seq` integer,
	`audit_head_hash` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_snapshots_id_unique` ON `statement_snapshots` (`id`);--> statement-breakpoint
CREATE INDEX `statement_snapshots_customer` ON `statement_snapshots` (`customer_id`,`seq`);--> statement-breakpoint
CREATE INDEX `statement_snapshots_code` ON `statement_snapshots` (`code`);--> statement-breakpoint
ALTER TABLE `settings` ADD `tax_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `bank_details` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `statement_message` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `email_subject_template` text DEFAULT 'Statement {period} from {businessName}' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `email_body_template` text DEFAULT 'Dear {customerName},

Please find attached your statement of account for {period}.

{netLine}

The statement carries the verification code {code}.

Kind regards,
{businessName}' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `logo_sha256` text;