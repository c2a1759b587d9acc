/**
 * Input schemas of the accountant's reports: an as-at date or a period, and an optional currency.
 * What needs today or the book (a date in the future, a currency no customer uses) is checked by
 * `checkReportInput`, a step after the schema with today passed in, so the schema stays pure.
 */
import { z } from 'zod';
import { daysBetween } from '../../dates.ts';
import { AppError } from '../../errors.ts';
import { JOURNAL_ACCOUNTS, type JournalAccount } from '../report-types.ts';
import { currency, date, shortText } from './common.ts';
import { exportOverwrite, exportPath } from './statements.ts';

/** The longest period a report or journal covers: ten years, as a statement. */
export const REPORT_PERIOD_DAYS_MAX = 3653;

const asOf = { asOf: date, currency: currency.optional() };
const period = { from: date, to: date, currency: currency.optional() };

export const reportsAgedReceivables = z.strictObject(asOf);
export const reportsCreditOwed = z.strictObject(asOf);
export const reportsActivity = z.strictObject(period);
export const reportsJournal = z.strictObject(period);
/** The reports that export as CSV and PDF (the journal has its own layouts). */
export const EXPORTED_REPORTS = ['agedReceivables', 'creditOwed', 'activity'] as const;

/**
 * A report written to a file: `asOf` for aged receivables and credit owed, `from` and `to` for
 * activity (the one missing is refused, naming it).
 */
export const reportsExport = z.strictObject({
  report: z.enum(EXPORTED_REPORTS),
  asOf: date.optional(),
  from: date.optional(),
  to: date.optional(),
  currency: currency.optional(),
  path: exportPath,
  overwrite: exportOverwrite,
});

/**
 * The journal as CSV files for one currency (neither package mixes currencies in a journal):
 * QuickBooks Online takes the company's date order, Xero a tax rate name for every line.
 */
export const reportsExportJournalCsv = z.strictObject({
  from: date,
  to: date,
  currency,
  format: z.enum(['quickbooks', 'xero']),
  dateOrder: z.enum(['mdy', 'dmy']).optional(),
  taxRate: shortText.optional(),
  path: exportPath,
  overwrite: exportOverwrite,
});

/** The account names (QuickBooks) or codes (Xero) set in Settings; any may still be unset. */
export const journalAccounts = z.strictObject(
  Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, shortText.optional()])) as Record<
    JournalAccount,
    z.ZodOptional<typeof shortText>
  >,
);
export type JournalAccounts = z.infer<typeof journalAccounts>;

export type ReportDates = { asOf?: string; from?: string; to?: string; currency?: string };

export type ReportCheck = {
  /** Today in the business time zone. */
  today: string;
  /** The currencies of the book's customers. */
  currenciesInUse: ReadonlySet<string>;
};

/**
 * Refuses, in this order: a period that ends before it starts (`to`), one longer than the limit
 * (`to`), a date after today (`asOf`, `from` or `to`), a currency no customer uses (`currency`).
 */
export function checkReportInput(input: ReportDates, check: ReportCheck): void {
  const { from, to } = input;
  if (from !== undefined && to !== undefined) {
    if (to < from) refuse('to', 'The period must not end before it starts');
    if (daysBetween(from, to) >= REPORT_PERIOD_DAYS_MAX) {
      refuse('to', `A period covers at most ${REPORT_PERIOD_DAYS_MAX} days`);
    }
  }
  for (const field of ['asOf', 'from', 'to'] as const) {
    const value = input[field];
    if (value !== undefined && value > check.today)
      refuse(field, 'The date must not be later than today');
  }
  if (input.currency !== undefined && !check.currenciesInUse.has(input.currency)) {
    refuse('currency', `No customer uses ${input.currency}`);
  }
}

function refuse(field: string, message: string): never {
  throw new AppError('VALIDATION', message, field);
}
