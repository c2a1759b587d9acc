CREATE TABLE "import_batch_items" (
	"batch_id" text COLLATE "C" NOT NULL,
	"position" bigint NOT NULL,
	"row" bigint NOT NULL,
	"entity_type" text COLLATE "C" NOT NULL,
	"entity_id" text COLLATE "C" NOT NULL,
	"effective_on" text COLLATE "C",
	"before_json" text COLLATE "C",
	CONSTRAINT "import_batch_items_batch_id_position_pk" PRIMARY KEY("batch_id","position")
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"file_name" text COLLATE "C" NOT NULL,
	"sha256" text COLLATE "C" NOT NULL,
	"row_count" bigint NOT NULL,
	"skipped_count" bigint NOT NULL,
	"totals_json" text COLLATE "C" NOT NULL,
	"actor_id" text COLLATE "C" NOT NULL,
	"imported_at" text COLLATE "C" NOT NULL,
	"undone_at" text COLLATE "C",
	"undone_by" text COLLATE "C",
	"undo_reason" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "hours_budgets" (
	"customer_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"hours" text COLLATE "C" NOT NULL,
	"period" text COLLATE "C" NOT NULL,
	"starts_on" text COLLATE "C",
	"ends_on" text COLLATE "C",
	"overage" text COLLATE "C" NOT NULL,
	"overage_rate_minor" bigint,
	"updated_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "external_id" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "effective_on" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "reverses_entry_id" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "kind" text COLLATE "C" DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "allowance_minor" bigint;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "journal_accounts_json" text COLLATE "C" DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "closing_date" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "import_batch_items" ADD CONSTRAINT "import_batch_items_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hours_budgets" ADD CONSTRAINT "hours_budgets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batch_items_entity" ON "import_batch_items" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "import_batches_standing_file" ON "import_batches" USING btree ("sha256","kind") WHERE undone_at IS NULL;--> statement-breakpoint
CREATE INDEX "customers_external_id" ON "customers" USING btree ("external_id") WHERE external_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "ledger_entries_invoice" ON "ledger_entries" USING btree ("invoice_id","type") WHERE invoice_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "ledger_entries_customer_effective" ON "ledger_entries" USING btree ("customer_id","effective_on","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_reverses" ON "ledger_entries" USING btree ("reverses_entry_id") WHERE reverses_entry_id IS NOT NULL;