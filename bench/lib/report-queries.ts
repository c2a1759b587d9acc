/**
 * The SQL each report channel runs, captured from the channels' own repos (a stand-in
 * transaction records every statement and returns no rows), so raw better-sqlite3 can run exactly
 * the same statements on the same file next to the engine.
 */
import { SQL, is } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../electron/backend/context.ts';
import {
  currenciesInUse,
  customersOf,
  ledgerAt,
  positionsAt,
  receivablesAt,
} from '../../electron/backend/domains/reports/as-at/repo.ts';
import { addDays } from '../../shared/dates.ts';
import { endOfDay } from '../../electron/backend/domains/reports/business-date.ts';
import {
  creditOwedHistory,
  journalAccountNames,
  lowBalanceCustomers,
  totalsByCurrency,
} from '../../electron/backend/domains/reports/repo.ts';
import { netByCurrency } from '../../electron/backend/domains/reports/net-line/repo.ts';
import { movementsBetween } from '../../electron/backend/domains/reports/period/repo.ts';

export type Statement = { text: string; params: unknown[] };

const ZONE = 'UTC';

async function capture(work: (ctx: Context) => Promise<unknown>, today = ''): Promise<Statement[]> {
  const dialect = new SQLiteSyncDialect();
  const statements: Statement[] = [];
  const record = (query: unknown) => {
    if (!is(query, SQL)) throw new Error('the reports repos run only sql templates');
    const { sql: text, params } = dialect.sqlToQuery(query);
    statements.push({ text, params });
  };
  // The store decides the join words (storage/join-in-order.ts): without it the raw side ran
  // plain JOINs, which SQLite plans as a scan of every allocation.
  const tx = {
    store: 'sqlite',
    all: (query: unknown) => (record(query), Promise.resolve([])),
    get: (query: unknown) => (record(query), Promise.resolve(undefined)),
    allExact: (query: unknown) => (record(query), Promise.resolve([])),
  };
  await work({ tx, today } as unknown as Context);
  return statements;
}

/**
 * Each report's statements: as at `asOf`, or for the period `from`-`to`; the dashboard's as on
 * `today` (its reads: the expiry pass it runs first finds nothing due on the benchmark's clock,
 * and the low-balance customers' own lines read nothing when none is listed).
 */
export async function reportStatements(dates: {
  asOf: string;
  from: string;
  to: string;
  today: string;
}) {
  const { asOf, from, to, today } = dates;
  const end = endOfDay(asOf, ZONE);
  const periodEnd = endOfDay(to, ZONE);
  return {
    creditOwed: await capture(async (ctx) => {
      await currenciesInUse(ctx);
      await positionsAt(ctx, end);
    }),
    agedReceivables: await capture(async (ctx) => {
      await currenciesInUse(ctx);
      await receivablesAt(ctx, asOf, end);
    }),
    activity: await capture(async (ctx) => {
      await currenciesInUse(ctx);
      await ledgerAt(ctx, periodEnd);
      await ledgerAt(ctx, endOfDay(addDays(from, -1), ZONE));
      await movementsBetween(ctx, { from, to, forJournal: false });
    }),
    journal: await capture(async (ctx) => {
      await currenciesInUse(ctx);
      await customersOf(ctx);
      await movementsBetween(ctx, { from, to, forJournal: true });
      await journalAccountNames(ctx);
    }),
    dashboard: await capture(async (ctx) => {
      await netByCurrency(ctx);
      await totalsByCurrency(ctx);
      await lowBalanceCustomers(ctx);
      await creditOwedHistory(ctx);
    }, today),
  };
}
