/**
 * A server book copied, as it stands in the caller's transaction, into a SQLite book in memory
 * built by the file's own migrations: the form audit verification reads (audit/verify/), so a
 * server book is checked by the very code that checks a file. Rows keep their order (rowid
 * stand-ins, audit seq) and every integer is copied exactly (BigInt). The copy costs memory in
 * proportion to the book, as verification costs time in proportion to it.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, sql, type Column, type Table } from 'drizzle-orm';
import { assert } from '../../../../shared/errors.ts';
import type { Tx } from '../../storage/storage.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../open.ts';
import * as schema from '../schema.ts';
import { restoreTriggers } from '../triggers.ts';
import * as server from './schema.ts';

/** Parents before children, so every reference holds as rows arrive (also book.copyTo's order). */
export const TABLES_IN_ORDER = [
  schema.users,
  schema.pinAttempts,
  schema.pinBackoff,
  schema.settings,
  schema.customers,
  schema.ledgerEntries,
  schema.grants,
  schema.grantAllocations,
  schema.invoices,
  schema.invoiceLines,
  schema.payments,
  schema.creditNotes,
  schema.timeEntries,
  schema.schedules,
  schema.hoursBudgets,
  schema.logos,
  schema.statementSnapshots,
  schema.statementSnapshotFiles,
  schema.statementSendings,
  schema.importBatches,
  schema.importBatchItems,
  schema.auditEvents,
  schema.requests,
];

/** The trigger that refuses lines of an issued invoice; put back once the copy is complete. */
const LINES_FROZEN = 'invoice_lines_frozen_insert';

export async function copyServerBook(tx: Tx): Promise<Database.Database> {
  const { sqlite, triggers } = openDatabase(':memory:', DEFAULT_MIGRATIONS_FOLDER);
  try {
    assertEveryTable(sqlite);
    sqlite.exec(`DROP TRIGGER ${LINES_FROZEN}`);
    for (const table of TABLES_IN_ORDER) await copyTable(tx, sqlite, table);
    restoreTriggers(sqlite, triggers, [LINES_FROZEN]);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

async function copyTable(tx: Tx, sqlite: Database.Database, table: Table): Promise<void> {
  const name = getTableName(table);
  const columns = Object.values(getTableColumns(table)).map((column) => column.name);
  const list = columns.map((column) => `"${column}"`).join(', ');
  const rows = await tx.allExact(sql.raw(`SELECT ${list} FROM "${name}" ORDER BY ${order(name)}`));
  const insert = sqlite.prepare(
    `INSERT INTO "${name}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  sqlite.transaction(() => {
    for (const row of rows) insert.run(...columns.map((column) => row[column]));
  })();
}

/**
 * Insertion order: the rowid stand-in where the server has one (SQLite's own rowid on a file),
 * else the primary key.
 */
export function order(name: string): string {
  const tables: Table[] = Object.values(server);
  const serverTable = tables.find((table) => getTableName(table) === name);
  assert(serverTable !== undefined, () => `no server table ${name}`);
  const columns = Object.values(getTableColumns(serverTable)).map((column: Column) => ({
    name: column.name,
    primary: column.primary,
  }));
  if (columns.some((column) => column.name === 'rowid')) return 'rowid';
  const keys = columns.filter((column) => column.primary).map((column) => `"${column.name}"`);
  return keys.length > 0 ? keys.join(', ') : columns.map((column) => `"${column.name}"`).join(', ');
}

function assertEveryTable(sqlite: Database.Database): void {
  const names = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'`,
    )
    .all() as { name: string }[];
  const copied = new Set<string>(TABLES_IN_ORDER.map((table) => getTableName(table)));
  const left = names.filter((row) => !copied.has(row.name)).map((row) => row.name);
  assert(left.length === 0, () => `the server book copy leaves out ${left.join(', ')}`);
}
