CREATE TABLE "logos" (
	"sha256" text COLLATE "C" PRIMARY KEY NOT NULL,
	"media_type" text COLLATE "C" NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_sendings" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"snapshot_id" text COLLATE "C" NOT NULL,
	"sent_at" text COLLATE "C" NOT NULL,
	"sent_by" text COLLATE "C" NOT NULL,
	"sent_to" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "statement_snapshot_files" (
	"snapshot_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"pdf" "bytea" NOT NULL,
	"data_json" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_snapshots" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" text COLLATE "C" NOT NULL,
	"customer_id" text COLLATE "C" NOT NULL,
	"customer_name" text COLLATE "C" NOT NULL,
	"from_on" text COLLATE "C" NOT NULL,
	"to_on" text COLLATE "C" NOT NULL,
	"made_at" text COLLATE "C" NOT NULL,
	"made_by" text COLLATE "C" NOT NULL,
	"page_count" bigint NOT NULL,
	"byte_count" bigint NOT NULL,
	"pdf_sha256" text COLLATE "C" NOT NULL,
	"data_sha256" text COLLATE "C" NOT NULL,
	"code" text COLLATE "C" NOT NULL,
	"audit_head_seq" bigint,
	"audit_head_hash" text COLLATE "C",
	CONSTRAINT "statement_snapshots_id_unique" UNIQUE("id")
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "tax_id" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "bank_details" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "statement_message" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "email_subject_template" text COLLATE "C" DEFAULT 'Statement {period} from {businessName}' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "email_body_template" text COLLATE "C" DEFAULT 'Dear {customerName},

Please find attached your statement of account for {period}.

{netLine}

The statement carries the verification code {code}.

Kind regards,
{businessName}' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "logo_sha256" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "statement_sendings" ADD CONSTRAINT "statement_sendings_snapshot_id_statement_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."statement_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_snapshot_files" ADD CONSTRAINT "statement_snapshot_files_snapshot_id_statement_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."statement_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_snapshots" ADD CONSTRAINT "statement_snapshots_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_sendings_snapshot" ON "statement_sendings" USING btree ("snapshot_id","sent_at");--> statement-breakpoint
CREATE INDEX "statement_snapshots_customer" ON "statement_snapshots" USING btree ("customer_id","seq");--> statement-breakpoint
CREATE INDEX "statement_snapshots_code" ON "statement_snapshots" USING btree ("code");