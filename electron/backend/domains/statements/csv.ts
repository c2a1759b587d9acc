/**
 * The statement as CSV for spreadsheet software: UTF-8 with a byte-order mark (so Excel reads the
 * accents), a header row, one row per entry with its running balance, decimal strings and ISO
 * dates. Text cells are one line each and formula-safe (files/csv-cells.ts); amounts are plain
 * numbers and never prefixed.
 */
import type { Statement } from '../../../../shared/contract/types.ts';
import { textCell } from '../../files/csv-cells.ts';

const HEADER = [
  'date',
  'recorded_at',
  'seq',
  'type',
  'description',
  'reason',
  'document',
  'amount',
  'running_balance',
  'currency',
  'recorded_by',
];

export function statementCsv(statement: Statement): { text: string; rows: number } {
  const lines = [HEADER.join(',')];
  for (const entry of statement.entries) {
    lines.push(
      [
        entry.date,
        entry.occurredAt,
        String(entry.seq),
        entry.type,
        textCell(entry.description),
        textCell(entry.reason),
        textCell(entry.invoiceNumber ?? entry.invoiceId ?? entry.paymentId ?? entry.creditNoteId),
        entry.amount,
        entry.runningBalance,
        statement.currency,
        textCell(entry.actorId),
      ].join(','),
    );
  }
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, rows: statement.entries.length };
}
