-- Existing allocations get their copies of the debit's business date and customer and of the
-- lot's kind, expiry and business date formed (as migration 0023 of the SQLite book). The
-- append-only trigger is lifted for this one fill and put back as it was, in the same
-- transaction; the reports' index is built after the fill.
DROP TRIGGER IF EXISTS grant_allocations_no_update ON grant_allocations;
--> statement-breakpoint
UPDATE grant_allocations a SET effective_on = e.effective_on, customer_id = e.customer_id,
  lot_kind = g.kind, lot_expires_on = g.expires_on, lot_formed_on = f.effective_on
FROM ledger_entries e, grants g, ledger_entries f
WHERE e.id = a.entry_id AND g.id = a.grant_id AND f.id = g.entry_id;
--> statement-breakpoint
CREATE TRIGGER grant_allocations_no_update BEFORE UPDATE OR DELETE ON grant_allocations
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE INDEX "grant_allocations_effective" ON "grant_allocations" USING btree ("effective_on","lot_kind","customer_id","lot_expires_on","lot_formed_on","entry_id","amount_minor");
