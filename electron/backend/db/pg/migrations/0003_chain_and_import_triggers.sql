-- SQLite's migrations 0014 and 0018 in PL/pgSQL: an entry must continue its customer's ledger
-- (the next number, the previous balance after plus its amount, a business date); what an import
-- wrote is append-only, and a batch changes only when it is undone, once.
CREATE FUNCTION balancebook_ledger_continues() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_balance bigint;
BEGIN
  SELECT seq, balance_after_minor INTO last_seq, last_balance FROM ledger_entries
    WHERE customer_id = NEW.customer_id ORDER BY seq DESC LIMIT 1;
  IF NEW.seq IS DISTINCT FROM COALESCE(last_seq, 0) + 1
    OR NEW.balance_after_minor IS DISTINCT FROM COALESCE(last_balance, 0) + NEW.amount_minor
    OR NEW.effective_on !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
    RAISE EXCEPTION 'a ledger entry must continue its customer''s ledger'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION balancebook_import_batches_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'import_batches are never deleted' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION balancebook_import_batch_undone_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.undone_at IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id
    OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.file_name IS DISTINCT FROM OLD.file_name
    OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.row_count IS DISTINCT FROM OLD.row_count
    OR NEW.skipped_count IS DISTINCT FROM OLD.skipped_count
    OR NEW.totals_json IS DISTINCT FROM OLD.totals_json
    OR NEW.actor_id IS DISTINCT FROM OLD.actor_id
    OR NEW.imported_at IS DISTINCT FROM OLD.imported_at THEN
    RAISE EXCEPTION 'an import batch changes only when it is undone, once'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_continue_chain BEFORE INSERT ON ledger_entries
FOR EACH ROW EXECUTE FUNCTION balancebook_ledger_continues();
--> statement-breakpoint
CREATE TRIGGER import_batch_items_no_update BEFORE UPDATE OR DELETE ON import_batch_items
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER import_batch_items_no_truncate BEFORE TRUNCATE ON import_batch_items
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER import_batches_no_delete BEFORE DELETE ON import_batches
FOR EACH ROW EXECUTE FUNCTION balancebook_import_batches_no_delete();
--> statement-breakpoint
CREATE TRIGGER import_batches_no_truncate BEFORE TRUNCATE ON import_batches
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_import_batches_no_delete();
--> statement-breakpoint
CREATE TRIGGER import_batches_undone_once BEFORE UPDATE ON import_batches
FOR EACH ROW EXECUTE FUNCTION balancebook_import_batch_undone_once();
