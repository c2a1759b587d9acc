-- SQLite's migration 0020 in PL/pgSQL: statement snapshots, their bytes, their sendings and the
-- logos are append-only (SPEC 11). SQLite numbers snapshots itself (INTEGER PRIMARY KEY); the
-- engine's insert sends NULL, so the one writer (pg-storage.ts) takes the next number here.
CREATE FUNCTION balancebook_snapshot_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq IS NULL THEN
    NEW.seq := COALESCE((SELECT MAX(seq) FROM statement_snapshots), 0) + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER statement_snapshots_seq BEFORE INSERT ON statement_snapshots
FOR EACH ROW EXECUTE FUNCTION balancebook_snapshot_seq();
--> statement-breakpoint
CREATE TRIGGER statement_snapshots_no_update BEFORE UPDATE OR DELETE ON statement_snapshots
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER statement_snapshots_no_truncate BEFORE TRUNCATE ON statement_snapshots
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER statement_snapshot_files_no_update BEFORE UPDATE OR DELETE ON statement_snapshot_files
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER statement_snapshot_files_no_truncate BEFORE TRUNCATE ON statement_snapshot_files
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER statement_sendings_no_update BEFORE UPDATE OR DELETE ON statement_sendings
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER statement_sendings_no_truncate BEFORE TRUNCATE ON statement_sendings
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER logos_no_update BEFORE UPDATE OR DELETE ON logos
FOR EACH ROW EXECUTE FUNCTION balancebook_append_only();
--> statement-breakpoint
CREATE TRIGGER logos_no_truncate BEFORE TRUNCATE ON logos
FOR EACH STATEMENT EXECUTE FUNCTION balancebook_append_only();
