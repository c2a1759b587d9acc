/**
 * The statement as CSV for spreadsheet software: UTF-8 with a byte-order mark (so Excel reads the
 * accents), a header row, one row per entry with its running balance, decimal strings and ISO
 * dates. Text cells are made printable first (shared/text.ts: no control character or direction
 * override, even from an older file, and a line break becomes a space, so a row is one line);
 * then text that a spreadsheet would run as a formula (= + - @, tab, carriage return first) is
 * prefixed with an apostrophe. Amounts are plain numbers and never prefixed.
 */
import type { Statement } from '../../../../shared/contract/types.ts';
import { printable } from '../../../../shared/text.ts';

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

const FORMULA_START = /^[=+\-@\t\r]/;

export function textCell(value: string | null): string {
  const text = printable(value ?? '');
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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
