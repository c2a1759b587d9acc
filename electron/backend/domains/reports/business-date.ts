/**
 * The one place the accountant's reports read an entry's business date. Until ledger entries
 * carry `effective_on` (issue #15), an entry takes effect when it was recorded (`occurred_at`),
 * placed in a business day by comparing instants with the day's start in the business time
 * zone; a lot takes effect with the entry that formed it (`grants.created_at` is that entry's
 * `occurred_at`). At the merge of #15 these two column names, and `Boundary.at` becoming a date,
 * are the whole change.
 */
import { addDays, daysBetween, endOfDate, startOfDate } from '../../../../shared/dates.ts';

/** The column of `ledger_entries` that places an entry in time. */
export const ENTRY_BUSINESS_AT = 'occurred_at';
/** The column of `grants` that places a lot in time. */
export const GRANT_BUSINESS_AT = 'created_at';

/** A moment between business days: what took effect before `at` counts, nothing after. */
export type Boundary = { at: string };

/** The end of a business day (the first instant of the next). */
export function endOfDay(date: string, timeZone: string): Boundary {
  return { at: endOfDate(date, timeZone).toISOString() };
}

/** The start of a business day. */
export function startOfDay(date: string, timeZone: string): Boundary {
  return { at: startOfDate(date, timeZone).toISOString() };
}

/** Each business day's first instant, from `from` through `to`. */
export function dayStarts(period: { from: string; to: string }, timeZone: string): string[] {
  return Array.from({ length: daysBetween(period.from, period.to) + 1 }, (_, index) =>
    startOfDate(addDays(period.from, index), timeZone).toISOString(),
  );
}
