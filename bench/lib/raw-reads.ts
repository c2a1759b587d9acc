/**
 * Raw better-sqlite3 baselines for the invoice and statement reads: prepared SELECTs on the same
 * file returning the same rows the engine reads for a call (the invoice and its lines; a page of
 * invoices and their lines; a statement's opening balance and entries in range), without the
 * engine's checks, shaping or transaction.
 */
import Database from 'better-sqlite3';
import { timed } from './raw.ts';
import type { Summary } from './stats.ts';

export type RawInvoiceReads = { get: Summary; list: Summary };

export function rawInvoiceReads(
  path: string,
  subjects: { invoiceIds: readonly string[]; customerId: string; pageSize: number },
  samples: number,
): RawInvoiceReads {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const invoice = sqlite.prepare('SELECT * FROM invoices WHERE id = ?');
    const lines = sqlite.prepare(
      'SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position',
    );
    const pageQuery = sqlite.prepare<[string, number], { id: string }>(
      'SELECT * FROM invoices WHERE customer_id = ? ORDER BY rowid DESC LIMIT ?',
    );
    const marks = Array.from({ length: subjects.pageSize }, () => '?').join(', ');
    const linesOfPage = sqlite.prepare<string[]>(
      `SELECT * FROM invoice_lines WHERE invoice_id IN (${marks})`,
    );
    let next = 0;
    const get = () => {
      const id = subjects.invoiceIds[next % subjects.invoiceIds.length] ?? '';
      next += 1;
      invoice.get(id);
      lines.all(id);
    };
    const list = () => {
      const rows = pageQuery.all(subjects.customerId, subjects.pageSize + 1);
      const ids = Array.from({ length: subjects.pageSize }, (_, index) => rows[index]?.id ?? '');
      linesOfPage.all(...ids);
    };
    return { get: timed(samples, get), list: timed(samples, list) };
  } finally {
    sqlite.close();
  }
}

export type StatementRange = { customerId: string; startAt: string; endAt: string };

/** The statement's own reads: the balance before the range, then every entry in it. */
export function rawStatementReads(path: string, range: StatementRange, samples: number): Summary {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const opening = sqlite.prepare(
      `SELECT balance_after_minor FROM ledger_entries
       WHERE customer_id = ? AND occurred_at < ? ORDER BY seq DESC LIMIT 1`,
    );
    const entries = sqlite.prepare(
      `SELECT * FROM ledger_entries
       WHERE customer_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY seq`,
    );
    return timed(samples, () => {
      opening.get(range.customerId, range.startAt);
      entries.all(range.customerId, range.startAt, range.endAt);
    });
  } finally {
    sqlite.close();
  }
}
