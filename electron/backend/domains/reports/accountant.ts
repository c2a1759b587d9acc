/**
 * The accountant's reports (`reports.agedReceivables`, `reports.creditOwed`, `reports.activity`,
 * `reports.journal`), as at any date or for a period, per currency, across every customer. The
 * input is checked first (a period that ends before it starts or is too long, a date after
 * today, a currency no customer uses: VALIDATION naming the field), then every due lot of the
 * book expires, so credit that expired on a past day has left by its dated entry; then the
 * ledger is read aggregated in SQL (as-at/repo.ts, period/repo.ts) and handed to the pure
 * reports (accounting/), which check that lots and balances agree.
 */
import { activityOf, movementOfType } from '../../accounting/activity.ts';
import { agedReceivables as agedReceivablesOf } from '../../accounting/ageing.ts';
import { creditOwedOf } from '../../accounting/credit-owed.ts';
import { journal as journalOf } from '../../accounting/journal.ts';
import { positionsOf } from '../../accounting/positions.ts';
import { addDays, daysBetween, startOfDate } from '../../../../shared/dates.ts';
import { Sums, entryTypeOf } from '../../accounting/rows.ts';
import type { ActivityMovement } from '../../../../shared/contract/report-types.ts';
import { checkReportInput, type ReportDates } from '../../../../shared/contract/schemas/reports.ts';
import type { Context } from '../../context.ts';
import { expireEveryDueGrant } from '../../core/up-to-date.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import {
  currenciesInUse,
  customersOf,
  ledgerAt,
  positionsAt,
  receivablesAt,
} from './as-at/repo.ts';
import { endOfDay } from './business-date.ts';
import { journalAccountNames } from './repo.ts';
import { journalRows } from './period/journal-rows.ts';
import { movementsBetween, type MovementRow } from './period/repo.ts';

/** Refuses bad input before anything is written, then brings every lot up to date. */
async function readied(ctx: Context, input: ReportDates): Promise<void> {
  checkReportInput(input, { today: ctx.today, currenciesInUse: await currenciesInUse(ctx) });
  await expireEveryDueGrant(ctx);
}

export const agedReceivables: Handler<'reports.agedReceivables'> = async (input, ctx) => {
  await readied(ctx, input);
  const boundary = endOfDay(input.asOf, ctx.timeZone);
  return agedReceivablesOf(await receivablesAt(ctx, input.asOf, boundary, input.currency), input);
};

export const creditOwed: Handler<'reports.creditOwed'> = async (input, ctx) => {
  await readied(ctx, input);
  const boundary = endOfDay(input.asOf, ctx.timeZone);
  const { customers, positions } = await positionsAt(ctx, boundary, input.currency);
  return creditOwedOf(customers, positions, input);
};

/**
 * Opening and closing positions are each read as at a day's end (the day before `from`, and
 * `to`), so a month's closing is the next month's opening, row for row.
 */
export const activity: Handler<'reports.activity'> = async (input, ctx) => {
  await readied(ctx, input);
  const closingRows = await ledgerAt(ctx, endOfDay(input.to, ctx.timeZone), input.currency);
  const openingRows = await ledgerAt(
    ctx,
    endOfDay(addDays(input.from, -1), ctx.timeZone),
    input.currency,
  );
  const rows = await movementsBetween(ctx, { ...input, forJournal: false });
  const parts = {
    customers: closingRows.customers,
    opening: positionsOf(openingRows),
    closing: positionsOf(closingRows),
    movements: movementSums(rows),
  };
  return activityOf(parts, input);
};

function movementSums(rows: readonly MovementRow[]): Map<string, Sums<ActivityMovement>> {
  const sums = new Map<string, Sums<ActivityMovement>>();
  for (const row of rows) {
    const customer = sums.get(row.customerId) ?? new Sums<ActivityMovement>();
    customer.add(movementOfType(entryTypeOf(row.type), row.isTime === 1), row.amount);
    sums.set(row.customerId, customer);
  }
  return sums;
}

export const journal: Handler<'reports.journal'> = async (input, ctx) => {
  await readied(ctx, input);
  const starts = Array.from({ length: daysBetween(input.from, input.to) + 1 }, (_, index) =>
    startOfDate(addDays(input.from, index), ctx.timeZone).toISOString(),
  );
  const customers = await customersOf(ctx, input.currency);
  const rows = await movementsBetween(ctx, { ...input, forJournal: true });
  return journalOf(journalRows(customers, rows, starts), {
    ...input,
    timeZone: ctx.timeZone,
    accounts: await journalAccountNames(ctx),
  });
};

export const accountantHandlers: HandlerMap<
  'reports.agedReceivables' | 'reports.creditOwed' | 'reports.activity' | 'reports.journal'
> = {
  'reports.agedReceivables': agedReceivables,
  'reports.creditOwed': creditOwed,
  'reports.activity': activity,
  'reports.journal': journal,
};
