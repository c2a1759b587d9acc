/**
 * The journal in the CSV layouts two accounting packages import: QuickBooks Online's journal
 * entry import and Xero's manual journal import (column lists as their help pages give them; the
 * tests quote them). One file per currency: neither import mixes currencies in one journal.
 * UTF-8 without a byte-order mark (a mark would become part of the first header), CRLF line ends,
 * amounts as plain decimal strings, text made printable and formula-safe.
 */
import type { Journal, JournalDay, JournalLine } from '../../../shared/contract/report-types.ts';
import { AppError } from '../../../shared/errors.ts';
import { toMoneyExact } from '../../../shared/money.ts';
import { printable } from '../../../shared/text.ts';
import { exactMinor } from './rows.ts';

/** QuickBooks Online: Journal No., Journal Date, Account Name, Description, Debits, Credits, Name. */
export const QUICKBOOKS_COLUMNS = [
  'Journal No.',
  'Journal Date',
  'Account Name',
  'Description',
  'Debits',
  'Credits',
  'Name',
] as const;

/** Xero manual journals (the import template's first row). */
export const XERO_COLUMNS = [
  'Narration',
  'Date',
  'Description',
  'AccountCode',
  'TaxRate',
  'Amount',
  'TrackingName1',
  'TrackingOption1',
  'TrackingName2',
  'TrackingOption2',
] as const;

/** Xero imports at most this many lines from one file. */
export const XERO_FILE_LINES_MAX = 300;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: printable, an apostrophe before what a spreadsheet would run, quoted if needed. */
export function textCell(value: string | null): string {
  const text = printable(value ?? '');
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** `YYYY-MM-DD` as month/day/year or day/month/year, as the company file's region writes it. */
export function slashDate(date: string, order: 'mdy' | 'dmy'): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return order === 'mdy' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`;
}

function daysIn(journal: Journal, currency: string): JournalDay[] {
  return journal.days.filter((day) => day.currency === currency);
}

/** One journal per day, numbered `BB-<date>-<currency>` (under QuickBooks' 21 characters). */
export function quickbooksCsv(
  journal: Journal,
  options: { currency: string; dateOrder: 'mdy' | 'dmy' },
): string {
  const rows: string[][] = [[...QUICKBOOKS_COLUMNS]];
  for (const day of daysIn(journal, options.currency)) {
    for (const line of day.lines) {
      rows.push([
        textCell(`BB-${day.date}-${day.currency}`),
        slashDate(day.date, options.dateOrder),
        textCell(line.accountName),
        textCell(line.description),
        line.side === 'debit' ? line.amount : '',
        line.side === 'credit' ? line.amount : '',
        textCell(line.customerName),
      ]);
    }
  }
  return csv(rows);
}

/**
 * Xero: a debit is a positive amount, a credit a negative one. Receivables lines are joined
 * across customers (a manual journal has no customer), so a day has at most 16 lines; files are
 * cut between journals, never inside one, at XERO_FILE_LINES_MAX lines.
 */
export function xeroCsvFiles(
  journal: Journal,
  options: { currency: string; taxRate: string },
): string[] {
  if (options.taxRate.trim() === '') {
    throw new AppError('VALIDATION', 'Xero needs a tax rate name for journal lines', 'taxRate');
  }
  const files: string[][][] = [];
  let current: string[][] = [];
  for (const day of daysIn(journal, options.currency)) {
    const lines = xeroLines(day, options.taxRate);
    if (current.length + lines.length > XERO_FILE_LINES_MAX) {
      files.push(current);
      current = [];
    }
    current.push(...lines);
  }
  if (current.length > 0) files.push(current);
  return files.map((rows) => csv([[...XERO_COLUMNS], ...rows]));
}

function xeroLines(day: JournalDay, taxRate: string): string[][] {
  const joined = new Map<string, JournalLine & { minor: bigint }>();
  for (const line of day.lines) {
    const key = `${line.account} ${line.side}`;
    const minor = exactMinor(line.amount, day.currency);
    const found = joined.get(key);
    if (found) found.minor += minor;
    else joined.set(key, { ...line, minor });
  }
  return [...joined.values()].map((line) => [
    textCell(`Balancebook journal ${day.date} ${day.currency}`),
    slashDate(day.date, 'dmy'),
    textCell(line.customerName === null ? line.description : `${line.description} (all customers)`),
    textCell(line.accountName),
    textCell(taxRate),
    toMoneyExact(line.side === 'debit' ? line.minor : -line.minor, day.currency),
    '',
    '',
    '',
    '',
  ]);
}
