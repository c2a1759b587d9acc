-- The server book's history rules, as SQLite's migrations 0001 and 0003 state them: the ledger,
-- what each debit took from each grant, the audit log, stored requests, payments and credit notes
-- are append-only; invoices are never deleted; what an issued invoice says is frozen. PostgreSQL
-- also has TRUNCATE, which row triggers do not see: it is refused on every such table too.
CREATE FUNCTION balancebook_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% are append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION balancebook_invoices_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'invoices are never deleted' USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION balancebook_invoice_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (
    NEW.status = 'draft' OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
    OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.currency IS DISTINCT FROM OLD.currency
    OR NEW.number IS DISTINCT FROM OLD.number OR NEW.number_seq IS DISTINCT FROM OLD.number_seq
    OR NEW.issue_date IS DISTINCT FROM OLD.issue_date OR NEW.due_date IS DISTINCT FROM OLD.due_date
    OR NEW.subtotal_minor IS DISTINCT FROM OLD.subtotal_minor
    OR NEW.tax_minor IS DISTINCT FROM OLD.tax_minor
    OR NEW.total_minor IS DISTINCT FROM OLD.total_minor) THEN
    RAISE EXCEPTION 'an issued invoice is frozen' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION balancebook_invoice_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  line_invoice text := CASE WHEN TG_OP = 'INSERT' THEN NEW.invoice_id ELSE OLD.invoice_id END;
BEGIN
  IF (SELECT status FROM invoices WHERE id = line_invoice) <> 'draft' THEN
    RAISE EXCEPTION 'an issued invoice is frozen' USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- SQLite numbers audit events itself (INTEGER PRIMARY KEY); the engine's insert sends NULL. One
-- writer at a time holds the book (pg-storage.ts), so the next number is the highest plus one,
-- without the gaps a sequence leaves after a rollback.
CREATE FUNCTION balancebook_audit_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq IS NULL THEN
    NEW.seq := COALESCE((SELECT MAX(seq) FROM audit_events), 0) + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_seq BEFORE INSERT ON audit_events
FOR EACH ROW EXECUTE FUNCTION balancebook_audit_seq();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER grant_allocations_no_update BEFORE UPDATE OR DELETE ON grant_allocations
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER grant_allocations_no_truncate BEFORE TRUNCATE ON grant_allocations
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER requests_no_update BEFORE UPDATE OR DELETE ON requests
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER requests_no_truncate BEFORE TRUNCATE ON requests
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER payments_no_update BEFORE UPDATE OR DELETE ON payments
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER payments_no_truncate BEFORE TRUNCATE ON payments
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_update BEFORE UPDATE OR DELETE ON credit_notes
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_truncate BEFORE TRUNCATE ON credit_notes
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
FOR EACH ROW EXECUTE FUNCTION balancebook_invoices_no_delete();
--> statement-breakpoint
CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON invoices
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_invoices_no_delete();
--> statement-breakpoint
CREATE TRIGGER invoices_frozen_at_issue BEFORE UPDATE ON invoices
FOR EACH ROW EXECUTE FUNCTION balancebook_invoice_frozen();
--> statement-breakpoint
CREATE TRIGGER invoice_lines_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
FOR EACH ROW EXECUTE FUNCTION balancebook_invoice_lines_frozen();
