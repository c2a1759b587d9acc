/**
 * Checks that a candidate, once the engine has migrated it, has exactly the schema and the
 * migration record that this code's migrations produce in a new file: the same tables, indexes
 * and triggers with the same SQL, and the same applied migrations. A damaged trigger (say one
 * that no longer keeps the ledger append-only) or a damaged migration record reads as a valid
 * file to SQLite and to `audit.verify`; this is where it is refused. Also checks SQLite's
 * AUTOINCREMENT counters: every table that has one (`audit_events`) is append-only, so its
 * counter is exactly its newest row's number; a larger one would leave a gap in the next events'
 * numbers. Reads only.
 */
import type Database from 'better-sqlite3';
import { openDatabase } from '../backend/db/open.ts';

/** drizzle's bookkeeping table, made by open.ts since the first release; its rows too. */
const MIGRATIONS_TABLE = '__drizzle_migrations';

type Reference = { schema: string[]; migrations: string[] };

const references = new Map<string, Reference>();

/** The first difference from a new file's schema, or null when there is none. */
export function schemaDifference(
  sqlite: Database.Database,
  migrationsFolder: string,
): string | null {
  const reference = referenceFor(migrationsFolder);
  const schema = schemaOf(sqlite);
  const extra = schema.find((object) => !reference.schema.includes(object));
  const missing = reference.schema.find((object) => !schema.includes(object));
  if (extra !== undefined) return `an unknown or altered ${describe(extra)}`;
  if (missing !== undefined) return `no ${describe(missing)}`;
  if (migrationsOf(sqlite).join('\n') !== reference.migrations.join('\n')) {
    return 'a migration record this version did not write';
  }
  return counterDifference(sqlite);
}

/** The first AUTOINCREMENT counter that is not its table's newest row number, or null. */
function counterDifference(sqlite: Database.Database): string | null {
  const counters = sqlite.prepare('SELECT name, seq FROM sqlite_sequence').all() as {
    name: string;
    seq: unknown;
  }[];
  const named = new Set(counters.map((counter) => counter.name));
  if (named.size !== counters.length) return 'two counters for one table';
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck();
  const known = new Set(tables.all() as string[]);
  for (const counter of counters) {
    if (!known.has(counter.name)) return 'a counter for no table';
    const newest = sqlite.prepare(`SELECT MAX(rowid) AS newest FROM "${counter.name}"`).get() as {
      newest: number | null;
    };
    if (counter.seq !== (newest.newest ?? 0)) return `a wrong counter for ${counter.name}`;
  }
  return null;
}

function referenceFor(migrationsFolder: string): Reference {
  const known = references.get(migrationsFolder);
  if (known !== undefined) return known;
  const fresh = openDatabase(':memory:', migrationsFolder);
  try {
    const reference = { schema: schemaOf(fresh.sqlite), migrations: migrationsOf(fresh.sqlite) };
    references.set(migrationsFolder, reference);
    return reference;
  } finally {
    fresh.sqlite.close();
  }
}

/** Each object as one JSON line: type, name, table and SQL (its page number left out). */
function schemaOf(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`)
    .all() as { type: string; name: string; tbl_name: string; sql: unknown }[];
  return rows.map((row) => JSON.stringify([row.type, row.name, row.tbl_name, row.sql]));
}

function migrationsOf(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare(`SELECT id, hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at, hash`)
    .all();
  return rows.map((row) => JSON.stringify(row));
}

function describe(object: string): string {
  const [type, name] = JSON.parse(object) as [string, string];
  return `${type} ${name}`;
}
