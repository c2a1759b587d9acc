-- The ledger, what each debit took from each grant, and the audit log are append-only.
-- The database itself refuses to change history, whatever code runs against it.
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger_entries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger_entries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER grant_allocations_no_update BEFORE UPDATE ON grant_allocations
BEGIN SELECT RAISE(ABORT, 'grant_allocations are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER grant_allocations_no_delete BEFORE DELETE ON grant_allocations
BEGIN SELECT RAISE(ABORT, 'grant_allocations are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER requests_no_update BEFORE UPDATE ON requests
BEGIN SELECT RAISE(ABORT, 'requests are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests
BEGIN SELECT RAISE(ABORT, 'requests are append-only'); END;
