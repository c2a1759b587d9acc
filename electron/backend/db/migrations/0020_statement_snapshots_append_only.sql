-- Statement snapshots, their bytes, their sendings and the logos are append-only: what was sent
-- stays as it was sent, whatever code runs against the file (SPEC 11).
CREATE TRIGGER statement_snapshots_no_update BEFORE UPDATE ON statement_snapshots
BEGIN SELECT RAISE(ABORT, 'statement_snapshots are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_snapshots_no_delete BEFORE DELETE ON statement_snapshots
BEGIN SELECT RAISE(ABORT, 'statement_snapshots are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_snapshot_files_no_update BEFORE UPDATE ON statement_snapshot_files
BEGIN SELECT RAISE(ABORT, 'statement_snapshot_files are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_snapshot_files_no_delete BEFORE DELETE ON statement_snapshot_files
BEGIN SELECT RAISE(ABORT, 'statement_snapshot_files are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_sendings_no_update BEFORE UPDATE ON statement_sendings
BEGIN SELECT RAISE(ABORT, 'statement_sendings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER statement_sendings_no_delete BEFORE DELETE ON statement_sendings
BEGIN SELECT RAISE(ABORT, 'statement_sendings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER logos_no_update BEFORE UPDATE ON logos
BEGIN SELECT RAISE(ABORT, 'logos are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER logos_no_delete BEFORE DELETE ON logos
BEGIN SELECT RAISE(ABORT, 'logos are append-only'); END;
