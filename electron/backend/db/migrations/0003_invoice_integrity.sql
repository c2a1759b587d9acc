-- What an issued invoice says is frozen, invoices are never deleted, and payments and credit
-- notes are append-only: enforced by SQLite itself, whatever code runs against the file.
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
BEGIN SELECT RAISE(ABORT, 'invoices are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER invoices_frozen_at_issue BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft' AND (
  NEW.status = 'draft' OR NEW.customer_id IS NOT OLD.customer_id OR NEW.kind IS NOT OLD.kind
  OR NEW.currency IS NOT OLD.currency OR NEW.number IS NOT OLD.number
  OR NEW.number_seq IS NOT OLD.number_seq OR NEW.issue_date IS NOT OLD.issue_date
  OR NEW.due_date IS NOT OLD.due_date OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
  OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor)
BEGIN SELECT RAISE(ABORT, 'an issued invoice is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is frozen'); END;
--> statement-breakpoint
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_update BEFORE UPDATE ON credit_notes
BEGIN SELECT RAISE(ABORT, 'credit_notes are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_delete BEFORE DELETE ON credit_notes
BEGIN SELECT RAISE(ABORT, 'credit_notes are append-only'); END;
