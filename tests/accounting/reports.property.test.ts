/**
 * Proves on random books (a reference model writes the rows) and random dates that every report's
 * totals equal sums computed independently from the model: credit owed and debt from its lots and
 * balances, aged receivables from its invoices; that activity's opening plus movements is its
 * closing and one month's closing is the next month's opening; and that every journal balances
 * per day and currency and moves the credit accounts exactly as much as the credit owed moved.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activity } from '../../electron/backend/accounting/activity.ts';
import { agedReceivables } from '../../electron/backend/accounting/ageing.ts';
import { creditOwed } from '../../electron/backend/accounting/credit-owed.ts';
import { journal } from '../../electron/backend/accounting/journal.ts';
import { ACTIVITY_MOVEMENTS, JOURNAL_ACCOUNTS } from '../../shared/contract/report-types.ts';
import { addDays, daysBetween } from '../../shared/dates.ts';
import { toMoney, minor } from '../../shared/money.ts';
import { CUSTOMERS, FIRST_DAY, OPS, ZONE, due, runBook, type Book } from './book-model.ts';
import { expectCsvsBalance, expectTotalsAreSums } from './report-checks.ts';
import { rowsAt } from './rows-at.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261204);
const ACCOUNTS = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Account ${key}`]));

const action = fc.record({
  gapDays: fc.integer({ min: 0, max: 6 }),
  customer: fc.nat({ max: CUSTOMERS.length - 1 }),
  op: fc.constantFrom(...OPS),
  amount: fc.integer({ min: 1, max: 90_000 }),
  expiryDays: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
});
const scenario = fc.record({
  actions: fc.array(action, { minLength: 1, maxLength: 60 }),
  pick: fc.tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
});

/** A day of the book's span, from a fraction (dates only, never money). */
function dayAt(book: Book, fraction: number): string {
  return addDays(FIRST_DAY, Math.floor(fraction * daysBetween(FIRST_DAY, book.lastDay)));
}

function currencyOf(id: string): string {
  return CUSTOMERS.find((customer) => customer.id === id)?.currency ?? '';
}

/** The model's figure for every customer of a currency, added up, as the report writes it. */
function modelSum(book: Book, day: string, currency: string, pick: (id: string) => number): string {
  const total = CUSTOMERS.filter((c) => c.currency === currency).reduce(
    (sum, c) => sum + pick(c.id),
    0,
  );
  return toMoney(minor(total), currency);
}

function snapshotOf(book: Book, day: string) {
  const snapshot = book.snapshots.get(day);
  if (snapshot === undefined) throw new Error(`no snapshot on ${day}`);
  return {
    paid: (id: string) => snapshot.paid.get(id) ?? 0,
    promo: (id: string) => snapshot.promo.get(id) ?? 0,
    debt: (id: string) => Math.max(-(snapshot.balance.get(id) ?? 0), 0),
    balance: (id: string) => snapshot.balance.get(id) ?? 0,
  };
}

function checkCreditOwed(book: Book, asOf: string): void {
  const report = creditOwed(rowsAt(book, asOf), { asOf });
  const model = snapshotOf(book, asOf);
  expectTotalsAreSums(report.currencies, [(r) => r.paid, (r) => r.promotional, (r) => r.debt]);
  for (const block of report.currencies) {
    const { currency, totals } = block;
    expect(totals.paid).toBe(modelSum(book, asOf, currency, model.paid));
    expect(totals.promotional).toBe(modelSum(book, asOf, currency, model.promo));
    expect(totals.debt).toBe(modelSum(book, asOf, currency, model.debt));
    for (const row of block.customers) {
      const net = new Decimal(row.credit).minus(row.debt);
      expect(net.equals(new Decimal(toMoney(minor(model.balance(row.customerId)), currency)))).toBe(
        true,
      );
      const byExpiry = row.byExpiry.reduce((sum, month) => sum.plus(month.paid), new Decimal(0));
      expect(byExpiry.equals(new Decimal(row.paid))).toBe(true);
    }
  }
}

function modelBucket(daysPastDue: number): string {
  const edges: [number, string][] = [
    [0, 'current'],
    [30, 'd1_30'],
    [60, 'd31_60'],
    [90, 'd61_90'],
  ];
  return edges.find(([edge]) => daysPastDue <= edge)?.[1] ?? 'over90';
}

function checkAgeing(book: Book, asOf: string): void {
  const report = agedReceivables(rowsAt(book, asOf), { asOf });
  expectTotalsAreSums(report.currencies, [(r) => r.over90, (r) => r.balanceDebt, (r) => r.total]);
  const model = snapshotOf(book, asOf);
  const open = book.invoices.filter(
    (i) => i.kind !== 'balance_due' && (i.issueDate ?? '') <= asOf && due(i, asOf) > 0,
  );
  for (const { currency, totals } of report.currencies) {
    const mine = open.filter((i) => currencyOf(i.customerId) === currency);
    const sum = (list: typeof open) =>
      toMoney(minor(list.reduce((s, i) => s + due(i, asOf), 0)), currency);
    expect(totals.invoices).toBe(sum(mine));
    expect(totals.balanceDebt).toBe(modelSum(book, asOf, currency, model.debt));
    for (const bucket of ['current', 'd1_30', 'd31_60', 'd61_90', 'over90'] as const) {
      const inBucket = mine.filter(
        (i) => modelBucket(daysBetween(i.dueDate ?? '', asOf)) === bucket,
      );
      expect(totals[bucket]).toBe(sum(inBucket));
    }
  }
}

function checkActivity(book: Book, from: string, to: string): void {
  const report = activity(rowsAt(book, to), { from, to, timeZone: ZONE });
  expectTotalsAreSums(report.currencies, [
    (r) => r.opening.net,
    (r) => r.movements.consumedByTime,
    (r) => r.closing.promotional,
  ]);
  const owed = creditOwed(rowsAt(book, to), { asOf: to });
  const before = from > FIRST_DAY ? snapshotOf(book, addDays(from, -1)) : null;
  for (const [index, block] of report.currencies.entries()) {
    const { totals, currency } = block;
    const moved = ACTIVITY_MOVEMENTS.reduce((s, m) => s.plus(totals.movements[m]), new Decimal(0));
    expect(
      new Decimal(totals.opening.net).plus(moved).equals(new Decimal(totals.closing.net)),
    ).toBe(true);
    const closing = owed.currencies[index]?.totals;
    expect([totals.closing.paid, totals.closing.promotional, totals.closing.debt]).toEqual([
      closing?.paid,
      closing?.promotional,
      closing?.debt,
    ]);
    const opening = (pick: (id: string) => number) =>
      modelSum(book, from, currency, (id) => (before ? pick(id) : 0));
    expect([totals.opening.paid, totals.opening.promotional, totals.opening.debt]).toEqual([
      opening((id) => before?.paid(id) ?? 0),
      opening((id) => before?.promo(id) ?? 0),
      opening((id) => before?.debt(id) ?? 0),
    ]);
  }
}

function checkMonthsChain(book: Book): void {
  const first = activity(rowsAt(book, '2026-01-31'), {
    from: FIRST_DAY,
    to: '2026-01-31',
    timeZone: ZONE,
  });
  const second = activity(rowsAt(book, '2026-02-28'), {
    from: '2026-02-01',
    to: '2026-02-28',
    timeZone: ZONE,
  });
  expect(second.currencies.map((c) => c.totals.opening)).toEqual(
    first.currencies.map((c) => c.totals.closing),
  );
}

function checkJournal(book: Book, from: string, to: string): void {
  const rows = rowsAt(book, to);
  const result = journal(rows, { from, to, timeZone: ZONE, accounts: ACCOUNTS });
  const moves = activity(rows, { from, to, timeZone: ZONE });
  expectCsvsBalance(result);
  const net = new Map<string, Decimal>();
  for (const day of result.days) {
    const side = (s: 'debit' | 'credit') =>
      day.lines.filter((l) => l.side === s).reduce((sum, l) => sum.plus(l.amount), new Decimal(0));
    expect(side('debit').equals(side('credit'))).toBe(true);
    expect(side('debit').equals(new Decimal(day.totalDebit))).toBe(true);
    for (const line of day.lines) {
      const key = `${day.currency} ${line.account}`;
      const signed =
        line.side === 'credit' ? new Decimal(line.amount) : new Decimal(line.amount).negated();
      net.set(key, (net.get(key) ?? new Decimal(0)).plus(signed));
    }
  }
  for (const { currency, totals } of moves.currencies) {
    const change = (kind: 'paid' | 'promotional') =>
      new Decimal(totals.closing[kind]).minus(totals.opening[kind]);
    expect((net.get(`${currency} prepayments`) ?? new Decimal(0)).equals(change('paid'))).toBe(
      true,
    );
    expect(
      (net.get(`${currency} promotionalCredit`) ?? new Decimal(0)).equals(change('promotional')),
    ).toBe(true);
  }
}

describe('reports on random books', () => {
  it('reconcile with the model, roll forward and balance', () => {
    fc.assert(
      fc.property(scenario, ({ actions, pick }) => {
        const book = runBook(actions);
        const [a, b] = [dayAt(book, pick[0]), dayAt(book, pick[1])];
        const [from, to] = a <= b ? [a, b] : [b, a];
        checkCreditOwed(book, to);
        checkAgeing(book, to);
        checkActivity(book, from, to);
        checkJournal(book, from, to);
        if (book.lastDay >= '2026-02-28') checkMonthsChain(book);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
