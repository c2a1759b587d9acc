/**
 * The rows of `book.copyTo`: every table of the book read in one transaction of the source, in
 * insertion order (rowid, else primary key), every integer exact (BigInt), then written into the
 * target in the same order in one transaction of the target, with every trigger of the target on.
 * Issued invoices are written as drafts first, their lines after them, then given back their
 * status: the target's own triggers refuse lines added to an issued invoice, and allow a draft to
 * become what it is. Nothing is dropped, disabled or rewritten otherwise: the ledger chain, the
 * append-only tables and the audit chain are checked by the target as the rows arrive.
 */
import { getTableColumns, getTableName, sql, type SQL, type Table } from 'drizzle-orm';
import { order, TABLES_IN_ORDER } from '../pg/snapshot.ts';
import { bookWithRecords } from './target.ts';
import type { Tx } from '../../storage/storage.ts';

export type Row = Record<string, unknown>;

/** One table's rows, with the names of its columns, in the order they were written. */
export type TableRows = { name: string; columns: string[]; rows: Row[] };

/** Parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
export const COPY_PARAMETERS_MAX = 30_000;
/** Rows per statement, whatever their width. */
export const COPY_ROWS_MAX = 500;

const INVOICES = 'invoices';
const DRAFT = 'draft';

function columnsOf(table: Table): string[] {
  return Object.values(getTableColumns(table)).map((column) => column.name);
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

export async function readTables(tx: Tx): Promise<TableRows[]> {
  const tables: TableRows[] = [];
  for (const table of TABLES_IN_ORDER) {
    const name = getTableName(table);
    const columns = columnsOf(table);
    const query = `SELECT ${quoted(columns)} FROM "${name}" ORDER BY ${order(name)}`;
    tables.push({ name, columns, rows: await tx.allExact(sql.raw(query)) });
  }
  return tables;
}

export async function writeTables(tx: Tx, tables: readonly TableRows[]): Promise<void> {
  for (const table of tables) {
    const rows = table.name === INVOICES ? table.rows.map(asDraft) : table.rows;
    await insertRows(tx, { ...table, rows });
  }
  const invoices = tables.find((table) => table.name === INVOICES);
  if (invoices) await restoreStatuses(tx, invoices.rows);
}

function asDraft(row: Row): Row {
  return { ...row, status: DRAFT };
}

async function insertRows(tx: Tx, table: TableRows): Promise<void> {
  const { name, columns } = table;
  const perStatement = Math.max(
    1,
    Math.min(COPY_ROWS_MAX, Math.floor(COPY_PARAMETERS_MAX / columns.length)),
  );
  const head = sql.raw(`INSERT INTO "${name}" (${quoted(columns)}) VALUES `);
  for (let start = 0; start < table.rows.length; start += perStatement) {
    const chunk = table.rows.slice(start, start + perStatement);
    const values: SQL[] = chunk.map(
      (row) =>
        sql`(${sql.join(
          columns.map((column) => sql`${row[column] ?? null}`),
          sql`, `,
        )})`,
    );
    await tx.run(sql.join([head, sql.join(values, sql`, `)]));
  }
}

/** Each status but draft, for the invoices that have it, a bounded list of ids at a time. */
async function restoreStatuses(tx: Tx, invoices: readonly Row[]): Promise<void> {
  const byStatus = new Map<string, string[]>();
  for (const invoice of invoices) {
    const status = String(invoice.status);
    if (status === DRAFT) continue;
    const ids = byStatus.get(status) ?? [];
    ids.push(String(invoice.id));
    byStatus.set(status, ids);
  }
  for (const [status, ids] of byStatus) {
    for (let start = 0; start < ids.length; start += COPY_ROWS_MAX) {
      const list = sql.join(
        ids.slice(start, start + COPY_ROWS_MAX).map((id) => sql`${id}`),
        sql`, `,
      );
      await tx.run(sql`UPDATE invoices SET status = ${status} WHERE id IN (${list})`);
    }
  }
}

/** A target written meanwhile by someone else (two copies at once) holds a record: refused. */
export async function refuseRecords(tx: Tx): Promise<void> {
  for (const table of TABLES_IN_ORDER) {
    const found = await tx.all(sql.raw(`SELECT 1 AS found FROM "${getTableName(table)}" LIMIT 1`));
    if (found.length > 0) throw bookWithRecords();
  }
}

/** The number of rows of each table, by name. */
export function rowCounts(tables: readonly TableRows[]): Record<string, number> {
  return Object.fromEntries(tables.map((table) => [table.name, table.rows.length]));
}
