/**
 * Proves on random books driven through the engine (entries often dated back, so recorded and
 * effective order differ) and random dates that every report channel's totals equal figures
 * computed independently from the customers' histories at that date (the entries dated by then): credit
 * owed by kind and expiry month, debt, and the net equal to the sum of the balances; open invoices
 * by age; activity closing each month at the next month's opening and at the credit owed as at
 * its last day; and a journal that balances every day and moves the prepayments account exactly
 * as much as paid credit owed moved.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOURNAL_ACCOUNTS, type CreditOwed } from '../../../shared/contract/report-types.ts';
import { addDays, addMonthsToMonth, daysBetween, monthOf } from '../../../shared/dates.ts';
import { rid } from '../../support/backend.ts';
import { OPS, driveBook, expectedAt, today, type DrivenBook } from './report-model.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261204);
const ACCOUNTS = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Account ${key}`]));

const step = fc.record({
  gapDays: fc.integer({ min: 0, max: 9 }),
  customer: fc.nat({ max: 2 }),
  op: fc.constantFrom(...OPS),
  cents: fc.integer({ min: 1, max: 50_000 }),
  expiryDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  backDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
});
const scenario = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 30 }),
  at: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
});

function dayOf(book: DrivenBook, fraction: number): string {
  return addDays(book.first, Math.floor(fraction * daysBetween(book.first, today(book.t))));
}

async function checkAsOf(book: DrivenBook, asOf: string): Promise<void> {
  const { t } = book;
  const owed = await t.call('reports.creditOwed', { asOf });
  const aged = await t.call('reports.agedReceivables', { asOf });
  for (const currency of ['EUR', 'USD']) {
    const want = await expectedAt(book, currency, asOf);
    const totals = owed.currencies.find((block) => block.currency === currency)?.totals;
    expect(totals?.paid, `paid ${currency} ${asOf}`).toBe(want.paid.toFixed(2));
    expect(totals?.promotional).toBe(want.promotional.toFixed(2));
    expect(totals?.debt).toBe(want.debt.toFixed(2));
    const net = new Decimal(totals?.credit ?? '0').minus(totals?.debt ?? '0');
    expect(net.toFixed(2)).toBe(want.net.toFixed(2));
    expect(byMonth(owed, currency)).toEqual(
      new Map([...want.byMonth].map(([key, value]) => [key, value.toFixed(2)])),
    );
    const ages = aged.currencies.find((block) => block.currency === currency)?.totals;
    expect(ages?.invoices, `invoices ${currency} ${asOf}`).toBe(want.invoices.toFixed(2));
    for (const bucket of ['current', 'd1_30', 'd31_60', 'd61_90', 'over90'] as const) {
      expect(ages?.[bucket]).toBe((want.buckets.get(bucket) ?? new Decimal(0)).toFixed(2));
    }
    expect(ages?.balanceDebt).toBe(want.debt.toFixed(2));
  }
}

function byMonth(report: CreditOwed, currency: string): Map<string, string> {
  const rows = report.currencies.find((block) => block.currency === currency)?.totals.byExpiry;
  const map = new Map<string, string>();
  for (const row of rows ?? []) {
    for (const kind of ['paid', 'promotional'] as const) {
      if (row[kind] !== '0.00') map.set(`${row.month ?? 'none'} ${kind}`, row[kind]);
    }
  }
  return map;
}

/** Month after month while whole months are before today: closings open the next month. */
async function checkMonths(book: DrivenBook): Promise<void> {
  const { t } = book;
  let previous: Record<string, unknown> | undefined;
  for (let month = monthOf(book.first); ; month = addMonthsToMonth(month, 1)) {
    const last = addDays(`${addMonthsToMonth(month, 1)}-01`, -1);
    if (last > today(t)) break;
    const report = await t.call('reports.activity', { from: `${month}-01`, to: last });
    const owed = await t.call('reports.creditOwed', { asOf: last });
    const closings: Record<string, unknown> = {};
    for (const block of report.currencies) {
      closings[block.currency] = block.totals.closing;
      const credit = owed.currencies.find((each) => each.currency === block.currency)?.totals;
      expect(block.totals.closing).toMatchObject({ paid: credit?.paid, debt: credit?.debt });
      if (previous) expect(block.totals.opening).toEqual(previous[block.currency]);
    }
    previous = closings;
  }
}

async function checkJournal(book: DrivenBook): Promise<void> {
  const { t } = book;
  const to = today(t);
  const journal = await t.call('reports.journal', { from: book.first, to });
  const owed = await t.call('reports.creditOwed', { asOf: to });
  const moved = new Map<string, Decimal>();
  for (const day of journal.days) {
    expect(day.totalDebit).toBe(day.totalCredit);
    for (const line of day.lines.filter((each) => each.account === 'prepayments')) {
      const signed = line.side === 'credit' ? line.amount : `-${line.amount}`;
      moved.set(day.currency, (moved.get(day.currency) ?? new Decimal(0)).plus(signed));
    }
  }
  for (const block of owed.currencies) {
    expect((moved.get(block.currency) ?? new Decimal(0)).toFixed(2)).toBe(block.totals.paid);
  }
}

describe('the report channels over random books', () => {
  it('reconcile with the customers histories at random dates', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ steps, at }) => {
        const book = await driveBook(steps);
        await mapAccounts(book);
        for (const fraction of at) await checkAsOf(book, dayOf(book, fraction));
        // The day before a payment: the invoice still owed what the payment later settled.
        for (const payment of book.payments.slice(0, 2)) {
          const before = addDays(payment.receivedOn, -1);
          if (before >= book.first) await checkAsOf(book, before);
        }
        await checkAsOf(book, today(book.t));
        await checkMonths(book);
        await checkJournal(book);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});

async function mapAccounts(book: DrivenBook): Promise<void> {
  await book.t.call('settings.update', { journalAccounts: ACCOUNTS, requestId: rid() });
}
