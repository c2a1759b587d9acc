ALTER TABLE "grant_allocations" ADD COLUMN "effective_on" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "grant_allocations" ADD COLUMN "customer_id" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "grant_allocations" ADD COLUMN "lot_kind" text COLLATE "C" DEFAULT 'paid' NOT NULL;--> statement-breakpoint
ALTER TABLE "grant_allocations" ADD COLUMN "lot_expires_on" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "grant_allocations" ADD COLUMN "lot_formed_on" text COLLATE "C" DEFAULT '' NOT NULL;
