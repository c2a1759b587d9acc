-- Existing entries take effect on the business date they were recorded, in the book's time zone
-- (business_date, given by the code that opens the file). The append-only trigger is lifted for
-- this one fill and put back as it was, in the same transaction.
DROP TRIGGER IF EXISTS ledger_entries_no_update;
--> statement-breakpoint
UPDATE ledger_entries SET effective_on = business_date(occurred_at);
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger_entries are append-only'); END;
--> statement-breakpoint
-- The database itself refuses an entry that does not continue its customer's ledger: its number
-- is the next one, its balance after is the previous balance after plus its amount, and it has a
-- business date.
CREATE TRIGGER ledger_entries_continue_chain BEFORE INSERT ON ledger_entries
WHEN NEW.seq IS NOT COALESCE(
    (SELECT MAX(seq) FROM ledger_entries WHERE customer_id = NEW.customer_id), 0) + 1
  OR NEW.balance_after_minor IS NOT COALESCE(
    (SELECT balance_after_minor FROM ledger_entries
     WHERE customer_id = NEW.customer_id AND seq = NEW.seq - 1), 0) + NEW.amount_minor
  OR NEW.effective_on NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
BEGIN SELECT RAISE(ABORT, 'a ledger entry must continue its customer''s ledger'); END;
