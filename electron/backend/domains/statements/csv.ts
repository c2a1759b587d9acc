/**
 * The statement as CSV for spreadsheet software: UTF-8 with a byte-order mark (so Excel reads the
 * accents), a header row, one row per entry with its running balance, decimal strings and ISO
 * dates, then the summary (opening, credits, debits, closing, the net line, and with an hourly
 * rate the hours used and the hours the credit buys, `hours` in the currency column so nobody
 * adds them to money) as rows of type `summary`. Text cells are one line each and formula-safe
 * (files/csv-cells.ts); amounts are plain numbers and never prefixed; people are named by name.
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

const NET_WORDS = {
  credit: 'Credit available',
  pay: 'Amount to pay',
  nothing: 'Nothing to pay',
} as const;

/** The summary beneath the entries, one row each, in the same columns (type `summary`). */
function summaryLines(statement: Statement): string[] {
  const { currency, hours } = statement;
  const rows: [string, string, string, string][] = [
    [statement.from, 'Opening balance', statement.openingBalance, currency],
    [statement.to, 'Credits in the period', statement.totalCredits, currency],
    [statement.to, 'Debits in the period', statement.totalDebits, currency],
    [statement.to, 'Closing balance', statement.closingBalance, currency],
    [statement.to, NET_WORDS[statement.netLine.kind], statement.netLine.amount, currency],
  ];
  if (hours !== undefined) {
    rows.push(
      [statement.to, 'Hours used in the period', hours.used, 'hours'],
      [
        statement.to,
        `Hours the credit buys at ${hours.hourlyRate} an hour`,
        hours.creditBuys,
        'hours',
      ],
    );
  }
  return rows.map(([date, words, amount, unit]) =>
    [date, '', '', 'summary', textCell(words), '', '', amount, '', unit, ''].join(','),
  );
}

/**
 * `names` gives each person's name by user id (people are named, not numbered); an id without a
 * name (the system's own work) is written as it is. `rows` counts the entries only.
 */
export function statementCsv(
  statement: Statement,
  names: ReadonlyMap<string, string> = new Map(),
): { text: string; rows: number } {
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
        textCell(names.get(entry.actorId) ?? entry.actorId),
      ].join(','),
    );
  }
  lines.push(...summaryLines(statement));
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, rows: statement.entries.length };
}
