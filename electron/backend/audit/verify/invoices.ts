/**
 * Invoices from their stored rows, in one pass: amount due is the total less credit applied, paid
 * and credit notes; totals are the sums of the lines; only issued invoices have numbers, and the
 * issued ones are numbered 1..n with no gap (an imported one keeps its own number, outside it), the settings' next number following the last.
 */
import type Database from 'better-sqlite3';
import type { Report } from './report.ts';

type InvoiceCheck = {
  id: string;
  status: string;
  number_seq: number | null;
  number: string | null;
  origin: string | null;
  total: number;
  due: number;
  settled: number;
  subtotal: number;
  tax: number;
  line_amounts: number;
  line_tax: number;
};

/**
 * A draft has no number; an issued invoice has one of the sequence, or, brought in by an import
 * (origin `import`), the number it had in the other tool and none of the sequence.
 */
function isNumberedRight(invoice: InvoiceCheck): boolean {
  if (invoice.status === 'draft') return invoice.number_seq === null;
  if (invoice.origin === 'import') return invoice.number_seq === null && invoice.number !== null;
  return invoice.number_seq !== null;
}

export function verifyInvoices(sqlite: Database.Database, report: Report): void {
  const rows = sqlite
    .prepare(
      `SELECT i.id, i.status, i.number_seq, i.number, i.origin, i.total_minor AS total, i.amount_due_minor AS due,
         i.credit_applied_minor + i.amount_paid_minor + i.credit_noted_minor AS settled,
         i.subtotal_minor AS subtotal, i.tax_minor AS tax,
         COALESCE(SUM(l.amount_minor), 0) AS line_amounts, COALESCE(SUM(l.tax_minor), 0) AS line_tax
       FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id
       GROUP BY i.id ORDER BY i.rowid`,
    )
    .iterate() as IterableIterator<InvoiceCheck>;
  for (const invoice of rows) {
    report.checked += 1;
    const where = `invoice ${invoice.id}`;
    if (invoice.due !== invoice.total - invoice.settled || invoice.due < 0) {
      report.add(
        `${where}: amount due is not its total less credit applied, paid and credit notes`,
      );
    }
    if (invoice.subtotal !== invoice.line_amounts || invoice.tax !== invoice.line_tax) {
      report.add(`${where}: totals are not the sums of its lines`);
    }
    if (!isNumberedRight(invoice)) {
      report.add(`${where}: a number must be given at issue and never to a draft`);
    }
  }
  const numbers = sqlite
    .prepare(
      'SELECT number_seq AS seq FROM invoices WHERE number_seq IS NOT NULL ORDER BY number_seq',
    )
    .all() as { seq: number }[];
  numbers.forEach((row, index) => {
    if (row.seq !== index + 1)
      report.add(`invoice number ${index + 1} is missing from the sequence`);
  });
  const next = sqlite.prepare('SELECT next_invoice_seq AS next FROM settings').get() as
    { next: number } | undefined;
  if (next && next.next !== numbers.length + 1) {
    report.add(`the next invoice number ${next.next} does not follow the ${numbers.length} issued`);
  }
}
