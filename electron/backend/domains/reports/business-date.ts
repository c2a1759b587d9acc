/**
 * The one place the accountant's reports read an entry's business date: `ledger_entries.
 * effective_on` (issue #15), so a payment received on 20 November and typed on 4 December counts
 * in November. A lot takes effect with the entry that formed it (`grants.entry_id`). Invoices'
 * closing and credit notes carry instants only; they are placed by the day's end in the business
 * time zone.
 */
import { endOfDate } from '../../../../shared/dates.ts';

/** The column of `ledger_entries` that places an entry in time. */
export const ENTRY_BUSINESS_ON = 'effective_on';

/**
 * The end of a business day: entries dated on or before `on` count, nothing after; `at` is the
 * first instant of the next day, for the tables that record instants only.
 */
export type Boundary = { on: string; at: string };

/** The end of a business day. */
export function endOfDay(date: string, timeZone: string): Boundary {
  return { on: date, at: endOfDate(date, timeZone).toISOString() };
}
