/**
 * The raw side of `bench:import`, kept honest: the very rows the engine's commit wrote (entries,
 * lots, allocations, audit events, the batch and its items, each customer's ledger head), read
 * back from the engine's file, then inserted by plain better-sqlite3 prepared statements in one
 * transaction into a copy of the file as it stood before the commit: the same tables, indexes,
 * triggers (the ledger chain among them) and foreign keys, WAL and synchronous FULL as the
 * engine opens it. Only the inserts are timed. Lots go in with their final remaining amount
 * (no update), so the raw side does a little less than the engine, never more.
 */
import Database from 'better-sqlite3';
import { nowMs } from './stats.ts';

/** Tables whose new rows are copied, in an order their foreign keys accept, with their key. */
const TABLES = [
  { name: 'ledger_entries', isNew: 'id NOT IN (SELECT id FROM main.ledger_entries)' },
  { name: 'grants', isNew: 'id NOT IN (SELECT id FROM main.grants)' },
  {
    name: 'grant_allocations',
    isNew: 'entry_id NOT IN (SELECT id FROM main.ledger_entries)',
  },
  { name: 'import_batches', isNew: 'id NOT IN (SELECT id FROM main.import_batches)' },
  { name: 'import_batch_items', isNew: 'batch_id NOT IN (SELECT id FROM main.import_batches)' },
  { name: 'audit_events', isNew: 'seq > (SELECT COALESCE(MAX(seq), 0) FROM main.audit_events)' },
] as const;

type Copied = { name: string; columns: number; rows: unknown[][] };

/** `beforeFile`: the copy taken before the commit (written to); `engineFile`: after it. */
export function rawReplay(files: { beforeFile: string; engineFile: string }) {
  const sqlite = new Database(files.beforeFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.prepare('ATTACH DATABASE ? AS engine').run(files.engineFile);
  const copied: Copied[] = TABLES.map(({ name, isNew }) => {
    const statement = sqlite.prepare(`SELECT * FROM engine.${name} WHERE ${isNew} ORDER BY rowid`);
    const rows = statement.raw().all() as unknown[][];
    return { name, columns: statement.columns().length, rows };
  });
  const heads = sqlite
    .prepare(
      `SELECT balance_minor, last_seq, last_entry_hash, id FROM engine.customers
       WHERE last_seq <> (SELECT last_seq FROM main.customers m WHERE m.id = engine.customers.id)`,
    )
    .raw()
    .all() as unknown[][];
  sqlite.exec('DETACH DATABASE engine');
  sqlite.pragma('foreign_keys = ON');
  const inserts = copied.map((table) =>
    sqlite.prepare(
      `INSERT INTO ${table.name} VALUES (${Array(table.columns).fill('?').join(', ')})`,
    ),
  );
  const head = sqlite.prepare(
    'UPDATE customers SET balance_minor = ?, last_seq = ?, last_entry_hash = ? WHERE id = ?',
  );
  const started = nowMs();
  sqlite.transaction(() => {
    copied.forEach((table, index) => {
      for (const row of table.rows) inserts[index]?.run(...row);
    });
    for (const row of heads) head.run(...row);
  })();
  const elapsedMs = nowMs() - started;
  sqlite.close();
  const entries = copied[0]?.rows.length ?? 0;
  return { entries, elapsedMs };
}
