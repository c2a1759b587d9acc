-- What an import wrote is history: its items are append-only, and a batch is never deleted
-- (undo fills its undone_* columns once, and nothing else of it ever changes).
CREATE TRIGGER import_batch_items_no_update BEFORE UPDATE ON import_batch_items
BEGIN SELECT RAISE(ABORT, 'import_batch_items are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER import_batch_items_no_delete BEFORE DELETE ON import_batch_items
BEGIN SELECT RAISE(ABORT, 'import_batch_items are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER import_batches_no_delete BEFORE DELETE ON import_batches
BEGIN SELECT RAISE(ABORT, 'import_batches are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER import_batches_undone_once BEFORE UPDATE ON import_batches
WHEN OLD.undone_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind
  OR NEW.file_name IS NOT OLD.file_name OR NEW.sha256 IS NOT OLD.sha256
  OR NEW.row_count IS NOT OLD.row_count OR NEW.skipped_count IS NOT OLD.skipped_count
  OR NEW.totals_json IS NOT OLD.totals_json OR NEW.actor_id IS NOT OLD.actor_id
  OR NEW.imported_at IS NOT OLD.imported_at
BEGIN SELECT RAISE(ABORT, 'an import batch changes only when it is undone, once'); END;
