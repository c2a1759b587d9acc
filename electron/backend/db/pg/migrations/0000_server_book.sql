CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" text COLLATE "C" NOT NULL,
	"at" text COLLATE "C" NOT NULL,
	"actor_id" text COLLATE "C" NOT NULL,
	"action" text COLLATE "C" NOT NULL,
	"entity_type" text COLLATE "C" NOT NULL,
	"entity_id" text COLLATE "C" NOT NULL,
	"reason" text COLLATE "C",
	"before_json" text COLLATE "C",
	"after_json" text COLLATE "C",
	"prev_hash" text COLLATE "C" NOT NULL,
	"hash" text COLLATE "C" NOT NULL,
	CONSTRAINT "audit_events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "credit_notes" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"invoice_id" text COLLATE "C" NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reduced_due_minor" bigint NOT NULL,
	"credited_to_balance_minor" bigint NOT NULL,
	"reason" text COLLATE "C" NOT NULL,
	"actor_id" text COLLATE "C" NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text COLLATE "C" NOT NULL,
	"name_key" text COLLATE "C" NOT NULL,
	"currency" text COLLATE "C" NOT NULL,
	"email" text COLLATE "C" DEFAULT '' NOT NULL,
	"address" text COLLATE "C" DEFAULT '' NOT NULL,
	"payment_terms_days" bigint NOT NULL,
	"hourly_rate_minor" bigint,
	"auto_apply_credit" bigint DEFAULT 1 NOT NULL,
	"billing_mode" text COLLATE "C" DEFAULT 'prepaid' NOT NULL,
	"credit_limit_minor" bigint,
	"credit_limit_blocked" bigint DEFAULT 0 NOT NULL,
	"replenishment_enabled" bigint DEFAULT 0 NOT NULL,
	"replenishment_threshold_minor" bigint,
	"replenishment_amount_minor" bigint,
	"replenishment_recurrence" text COLLATE "C",
	"replenishment_after_seq" bigint DEFAULT 0 NOT NULL,
	"balance_due_through" text COLLATE "C",
	"credit_limit_unblocked_at" text COLLATE "C",
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"last_entry_hash" text COLLATE "C" DEFAULT '' NOT NULL,
	"archived_at" text COLLATE "C",
	"created_at" text COLLATE "C" NOT NULL,
	"updated_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_allocations" (
	"entry_id" text COLLATE "C" NOT NULL,
	"grant_id" text COLLATE "C" NOT NULL,
	"amount_minor" bigint NOT NULL,
	CONSTRAINT "grant_allocations_entry_id_grant_id_pk" PRIMARY KEY("entry_id","grant_id")
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"entry_id" text COLLATE "C" NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"original_minor" bigint NOT NULL,
	"remaining_minor" bigint NOT NULL,
	"expires_on" text COLLATE "C",
	"created_seq" bigint NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"invoice_id" text COLLATE "C" NOT NULL,
	"position" bigint NOT NULL,
	"description" text COLLATE "C" NOT NULL,
	"quantity" text COLLATE "C" NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"tax_rate" text COLLATE "C",
	"amount_minor" bigint NOT NULL,
	"tax_minor" bigint NOT NULL,
	CONSTRAINT "invoice_lines_invoice_id_position_pk" PRIMARY KEY("invoice_id","position")
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"rowid" bigint GENERATED ALWAYS AS IDENTITY (sequence name "invoices_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"status" text COLLATE "C" NOT NULL,
	"number_seq" bigint,
	"number" text COLLATE "C",
	"issue_date" text COLLATE "C",
	"due_date" text COLLATE "C",
	"currency" text COLLATE "C" NOT NULL,
	"memo" text COLLATE "C" DEFAULT '' NOT NULL,
	"subtotal_minor" bigint NOT NULL,
	"tax_minor" bigint NOT NULL,
	"total_minor" bigint NOT NULL,
	"credit_applied_minor" bigint DEFAULT 0 NOT NULL,
	"amount_paid_minor" bigint DEFAULT 0 NOT NULL,
	"credit_noted_minor" bigint DEFAULT 0 NOT NULL,
	"amount_due_minor" bigint NOT NULL,
	"origin" text COLLATE "C",
	"closed_at" text COLLATE "C",
	"created_at" text COLLATE "C" NOT NULL,
	"updated_at" text COLLATE "C" NOT NULL,
	CONSTRAINT "invoices_number_seq_unique" UNIQUE("number_seq")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"rowid" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"seq" bigint NOT NULL,
	"type" text COLLATE "C" NOT NULL,
	"amount_minor" bigint NOT NULL,
	"balance_after_minor" bigint NOT NULL,
	"occurred_at" text COLLATE "C" NOT NULL,
	"actor_id" text COLLATE "C" NOT NULL,
	"reason" text COLLATE "C",
	"description" text COLLATE "C",
	"invoice_id" text COLLATE "C",
	"payment_id" text COLLATE "C",
	"credit_note_id" text COLLATE "C",
	"time_entry_id" text COLLATE "C",
	"grant_id" text COLLATE "C",
	"prev_hash" text COLLATE "C" NOT NULL,
	"hash" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"rowid" bigint GENERATED ALWAYS AS IDENTITY (sequence name "payments_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"invoice_id" text COLLATE "C",
	"amount_minor" bigint NOT NULL,
	"method" text COLLATE "C" NOT NULL,
	"reference" text COLLATE "C" DEFAULT '' NOT NULL,
	"received_on" text COLLATE "C" NOT NULL,
	"applied_to_invoice_minor" bigint NOT NULL,
	"credited_to_balance_minor" bigint NOT NULL,
	"actor_id" text COLLATE "C" NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pin_attempts" (
	"user_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"wrong_count" bigint NOT NULL,
	"locked_until" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "pin_backoff" (
	"id" bigint PRIMARY KEY NOT NULL,
	"drained_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"request_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"actor_id" text COLLATE "C" NOT NULL,
	"channel" text COLLATE "C" NOT NULL,
	"input_hash" text COLLATE "C" NOT NULL,
	"result_json" text COLLATE "C" NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"rowid" bigint GENERATED ALWAYS AS IDENTITY (sequence name "schedules_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"lines_json" text COLLATE "C" NOT NULL,
	"interval" text COLLATE "C" NOT NULL,
	"start_date" text COLLATE "C" NOT NULL,
	"end_date" text COLLATE "C",
	"auto_issue" bigint NOT NULL,
	"status" text COLLATE "C" NOT NULL,
	"next_period" bigint DEFAULT 0 NOT NULL,
	"next_run_on" text COLLATE "C",
	"memo" text COLLATE "C" DEFAULT '' NOT NULL,
	"created_at" text COLLATE "C" NOT NULL,
	"updated_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"id" bigint PRIMARY KEY NOT NULL,
	"business_name" text COLLATE "C" DEFAULT '' NOT NULL,
	"address" text COLLATE "C" DEFAULT '' NOT NULL,
	"invoice_prefix" text COLLATE "C" DEFAULT 'INV-' NOT NULL,
	"default_payment_terms_days" bigint DEFAULT 14 NOT NULL,
	"next_invoice_seq" bigint DEFAULT 1 NOT NULL,
	"updated_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"rowid" bigint GENERATED ALWAYS AS IDENTITY (sequence name "time_entries_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"worked_on" text COLLATE "C" NOT NULL,
	"hours" text COLLATE "C" NOT NULL,
	"description" text COLLATE "C" NOT NULL,
	"hourly_rate_minor" bigint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"status" text COLLATE "C" NOT NULL,
	"entry_id" text COLLATE "C",
	"invoice_id" text COLLATE "C",
	"actor_id" text COLLATE "C" NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"rowid" bigint GENERATED ALWAYS AS IDENTITY (sequence name "users_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text COLLATE "C" NOT NULL,
	"role" text COLLATE "C" NOT NULL,
	"pin_hash" text COLLATE "C",
	"created_at" text COLLATE "C" NOT NULL,
	"removed_at" text COLLATE "C"
);
--> statement-breakpoint
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_allocations" ADD CONSTRAINT "grant_allocations_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_allocations" ADD CONSTRAINT "grant_allocations_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pin_attempts" ADD CONSTRAINT "pin_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity" ON "audit_events" USING btree ("entity_type","entity_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_actor" ON "audit_events" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "credit_notes_invoice" ON "credit_notes" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "customers_name_key" ON "customers" USING btree ("name_key","id");--> statement-breakpoint
CREATE INDEX "customers_balance_due_through" ON "customers" USING btree ("balance_due_through","id");--> statement-breakpoint
CREATE INDEX "grant_allocations_grant" ON "grant_allocations" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "grants_open_by_customer" ON "grants" USING btree ("customer_id","created_seq") WHERE remaining_minor > 0;--> statement-breakpoint
CREATE INDEX "grants_open_by_expiry" ON "grants" USING btree ("expires_on") WHERE remaining_minor > 0 AND expires_on IS NOT NULL;--> statement-breakpoint
CREATE INDEX "invoices_customer" ON "invoices" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "invoices_status_due" ON "invoices" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "invoices_customer_kind_status" ON "invoices" USING btree ("customer_id","kind","status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_customer_seq" ON "ledger_entries" USING btree ("customer_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_entries_customer_occurred" ON "ledger_entries" USING btree ("customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "payments_customer" ON "payments" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payments_invoice" ON "payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "schedules_customer" ON "schedules" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "schedules_due" ON "schedules" USING btree ("status","next_run_on");--> statement-breakpoint
CREATE INDEX "time_entries_customer" ON "time_entries" USING btree ("customer_id","status");