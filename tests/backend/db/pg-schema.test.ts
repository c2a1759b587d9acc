/**
 * Proves the server book's schema (electron/backend/db/pg/) matches the SQLite file's, as both
 * stores' migrations build them: the same tables, the same columns with the same nullability,
 * every SQLite INTEGER a bigint, every TEXT a text compared byte by byte, every BLOB a bytea;
 * the only extras are the `rowid` stand-ins of the tables the engine pages by rowid. And every
 * trigger of the file has its namesake on the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../../electron/backend/db/open.ts';
import { openServerBook } from '../../../electron/backend/db/pg/open.ts';
import { asSuperuser, givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';

type Column = { table: string; column: string; type: string; notNull: boolean };

const ROWID_TABLES = [
  'invoices',
  'ledger_entries',
  'payments',
  'schedules',
  'time_entries',
  'users',
];
const SQLITE_TYPES: Record<string, string> = { integer: 'bigint', text: 'text', blob: 'bytea' };

let cluster: TestCluster;
let url: string;

beforeAll(async () => {
  cluster = await givenCluster();
  url = await newDatabase(cluster.url, 'schema');
  await (await openServerBook({ databaseUrl: url })).end();
});

afterAll(() => {
  cluster.stop();
});

function sqliteColumns(): { columns: Column[]; triggers: string[] } {
  const { sqlite } = openDatabase(':memory:', DEFAULT_MIGRATIONS_FOLDER);
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string }[];
  const columns = tables.flatMap(({ name }) =>
    (
      sqlite.prepare(`PRAGMA table_info("${name}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[]
    ).map((column) => ({
      table: name,
      column: column.name,
      type: SQLITE_TYPES[column.type.toLowerCase()] ?? column.type,
      notNull: column.notnull === 1 || (column.pk > 0 && column.type === 'integer'),
    })),
  );
  const triggers = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all();
  sqlite.close();
  return {
    columns: sorted(columns),
    triggers: (triggers as { name: string }[]).map((t) => t.name),
  };
}

async function serverColumns(): Promise<{
  columns: Column[];
  triggers: string[];
  collations: string[];
}> {
  return asSuperuser(url, async (client) => {
    const columns = await client.query<{
      table: string;
      column: string;
      type: string;
      nullable: string;
      collation: string | null;
    }>(`SELECT table_name AS table, column_name AS column, data_type AS type,
          is_nullable AS nullable, collation_name AS collation
        FROM information_schema.columns WHERE table_schema = 'public'`);
    const triggers = await client.query<{ name: string }>(
      `SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal`,
    );
    const text = columns.rows.filter(
      (row) => row.type === 'text' && row.table !== '__drizzle_migrations',
    );
    return {
      columns: sorted(
        columns.rows.map((row) => ({
          table: row.table,
          column: row.column,
          type: row.type,
          notNull: row.nullable === 'NO',
        })),
      ),
      triggers: triggers.rows.map((row) => row.name),
      collations: [...new Set(text.map((row) => row.collation ?? 'default'))],
    };
  });
}

function sorted(columns: Column[]): Column[] {
  return [...columns].sort((a, b) =>
    `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`),
  );
}

describe('the server book schema', () => {
  it('has the SQLite file’s tables and columns, plus only the rowid stand-ins', async () => {
    const file = sqliteColumns();
    const server = await serverColumns();
    const stand = (column: Column) => column.column === 'rowid';
    const migrations = (column: Column) => column.table === '__drizzle_migrations';
    expect(server.columns.filter((c) => !stand(c) && !migrations(c))).toEqual(
      file.columns.filter((c) => !migrations(c)),
    );
    expect(server.columns.filter(stand).map((c) => c.table)).toEqual(ROWID_TABLES);
    expect(server.collations).toEqual(['C']);
  });

  it('holds every trigger the SQLite file holds, by name', async () => {
    const file = sqliteColumns();
    const server = await serverColumns();
    expect(file.triggers.length).toBeGreaterThan(10);
    const fileOnly = file.triggers.filter((name) => !server.triggers.includes(name));
    // SQLite needs one trigger per event; PL/pgSQL takes UPDATE OR DELETE (INSERT, for invoice
    // lines) in one, named after the first.
    expect(fileOnly.sort()).toEqual(FOLDED_INTO_ONE);
  });
});

const FOLDED_INTO_ONE = [
  'audit_events_no_delete',
  'credit_notes_no_delete',
  'grant_allocations_no_delete',
  'import_batch_items_no_delete',
  'invoice_lines_frozen_delete',
  'invoice_lines_frozen_insert',
  'invoice_lines_frozen_update',
  'ledger_entries_no_delete',
  'logos_no_delete',
  'payments_no_delete',
  'requests_no_delete',
  'statement_sendings_no_delete',
  'statement_snapshot_files_no_delete',
  'statement_snapshots_no_delete',
];
