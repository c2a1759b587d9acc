/**
 * Test support for the reports' property: a random book driven through the engine (top-ups that
 * expire or not, promotional credit, charges, debts, invoices and their payments, days apart,
 * many dated back), and each report's figures computed independently from what the engine's
 * histories say: every customer's balance (the entries dated by the day, in effective-date
 * order), lots and open invoices at the end of a day.
 */
import Decimal from 'decimal.js';
import { expect } from 'vitest';
import { addDays, daysBetween, dateInZone } from '../../../shared/dates.ts';
import type { LedgerEntry } from '../../../shared/contract/types.ts';
import { givenBackend, givenCustomer, rid, type TestBackend } from '../../support/backend.ts';

export const ZONE = 'Europe/Brussels';
export const OPS = ['topUp', 'promo', 'charge', 'debit', 'invoice', 'pay'] as const;
export type Step = {
  gapDays: number;
  customer: number;
  op: (typeof OPS)[number];
  cents: number;
  expiryDays: number | null;
  /** How many days before today the entry is dated (never before the book's first day). */
  backDays: number;
};

type Lot = { kind: 'paid' | 'promotional'; expiresOn: string | null };
type InvoiceMade = {
  id: string;
  customerId: string;
  issueDate: string;
  dueDate: string;
  total: Decimal;
};
type Paid = { invoiceId: string; receivedOn: string; amount: Decimal };

export type DrivenBook = {
  t: TestBackend;
  first: string;
  customers: { id: string; currency: string }[];
  lots: Map<string, Lot>;
  invoices: InvoiceMade[];
  payments: Paid[];
};

const money = (cents: number) => new Decimal(cents).dividedBy(100).toFixed(2);

export async function driveBook(steps: readonly Step[]): Promise<DrivenBook> {
  const t = givenBackend({ start: '2026-01-05T10:00:00Z', timeZone: ZONE });
  const customers = [];
  for (const [name, currency] of [
    ['Ash', 'USD'],
    ['Beech', 'USD'],
    ['Cherry', 'EUR'],
  ] as const) {
    customers.push({ id: await givenCustomer(t, { name, currency }), currency });
  }
  const book: DrivenBook = {
    t,
    first: today(t),
    customers,
    lots: new Map(),
    invoices: [],
    payments: [],
  };
  for (const step of steps) {
    t.clock.advance({ days: step.gapDays });
    await apply(book, step);
  }
  return book;
}

export function today(t: TestBackend): string {
  return dateInZone(t.clock.now(), ZONE);
}

async function apply(book: DrivenBook, step: Step): Promise<void> {
  const { t } = book;
  const customer = book.customers[step.customer % book.customers.length];
  if (!customer) return;
  const customerId = customer.id;
  const amount = money(step.cents);
  const dated = datedBack(book, step.backDays, book.first);
  const effectiveOn = dated === today(t) ? {} : { effectiveOn: dated };
  if (step.op === 'topUp' || step.op === 'promo') {
    const kind = step.op === 'topUp' ? 'paid' : 'promotional';
    const expiresOn = step.expiryDays === null ? null : addDays(dated, step.expiryDays);
    const change = await t.call('balance.topUp', {
      customerId,
      amount,
      kind,
      ...(expiresOn === null ? {} : { expiresOn }),
      ...effectiveOn,
      requestId: rid(),
    });
    if (change.entry.grantId) book.lots.set(change.entry.grantId, { kind, expiresOn });
  } else if (step.op === 'charge') {
    await t.backend.invoke('balance.charge', {
      customerId,
      amount,
      description: 'Work',
      ...effectiveOn,
      requestId: rid(),
    });
  } else if (step.op === 'debit') {
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount,
      reason: 'Owed',
      ...effectiveOn,
      requestId: rid(),
    });
  } else if (step.op === 'invoice') {
    const draft = await t.call('invoices.create', {
      customerId,
      lines: [{ description: 'Work', quantity: '1', unitPrice: amount }],
      requestId: rid(),
    });
    const issued = await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid() });
    book.invoices.push({
      id: issued.id,
      customerId,
      issueDate: issued.issueDate ?? '',
      dueDate: issued.dueDate ?? '',
      total: new Decimal(issued.total),
    });
  } else {
    await payOne(book, customerId, step.backDays);
  }
}

/** `backDays` before today, but not before `earliest`. */
function datedBack(book: DrivenBook, backDays: number, earliest: string): string {
  const dated = addDays(today(book.t), -backDays);
  return dated < earliest ? earliest : dated;
}

async function payOne(book: DrivenBook, customerId: string, backDays: number): Promise<void> {
  const { t } = book;
  for (const made of book.invoices.filter((invoice) => invoice.customerId === customerId)) {
    const invoice = await t.call('invoices.get', { invoiceId: made.id });
    if (invoice.status !== 'open' || new Decimal(invoice.amountDue).isZero()) continue;
    const receivedOn = datedBack(book, backDays, made.issueDate);
    await t.call('payments.record', {
      customerId,
      amount: invoice.amountDue,
      method: 'bank_transfer',
      receivedOn,
      invoiceId: made.id,
      requestId: rid(),
    });
    book.payments.push({ invoiceId: made.id, receivedOn, amount: new Decimal(invoice.amountDue) });
    return;
  }
}

/** A customer's entries dated by the end of `asOf`, from their history, as recorded. */
export async function entriesThrough(t: TestBackend, customerId: string, asOf: string) {
  const page = await t.call('balance.history', { customerId, limit: 200 });
  expect(page.nextCursor ?? null).toBeNull();
  return [...page.items].filter((entry) => entry.effectiveOn <= asOf).sort((a, b) => a.seq - b.seq);
}

export type Expected = {
  paid: Decimal;
  promotional: Decimal;
  debt: Decimal;
  net: Decimal;
  byMonth: Map<string, Decimal>;
  invoices: Decimal;
  buckets: Map<string, Decimal>;
};

/** What every report of one currency must total at the end of `asOf`. */
export async function expectedAt(
  book: DrivenBook,
  currency: string,
  asOf: string,
): Promise<Expected> {
  const expected: Expected = {
    paid: new Decimal(0),
    promotional: new Decimal(0),
    debt: new Decimal(0),
    net: new Decimal(0),
    byMonth: new Map(),
    invoices: new Decimal(0),
    buckets: new Map(),
  };
  const add = (map: Map<string, Decimal>, key: string, value: Decimal) =>
    map.set(key, (map.get(key) ?? new Decimal(0)).plus(value));
  for (const customer of book.customers.filter((each) => each.currency === currency)) {
    const entries = await entriesThrough(book.t, customer.id, asOf);
    const balance = entries.reduce((sum, entry) => sum.plus(entry.amount), new Decimal(0));
    expected.net = expected.net.plus(balance);
    if (balance.isNegative()) expected.debt = expected.debt.minus(balance);
    for (const held of agreeing(balance, heldLots(book, entries))) {
      expected[held.kind] = expected[held.kind].plus(held.remaining);
      add(expected.byMonth, `${held.month} ${held.kind}`, held.remaining);
    }
    for (const invoice of book.invoices.filter((each) => each.customerId === customer.id)) {
      if (invoice.issueDate > asOf) continue;
      const due = dueAt(book, invoice, entries, asOf);
      if (due.lte(0)) continue;
      expected.invoices = expected.invoices.plus(due);
      add(expected.buckets, bucketOf(daysBetween(invoice.dueDate, asOf)), due);
    }
  }
  return expected;
}

type Held = { kind: 'paid' | 'promotional'; month: string; remaining: Decimal };

/**
 * The lots formed by the entries given (those dated by the day): what the credit that formed each
 * kept past the debt it paid when recorded, less what the entries given took from it.
 */
function heldLots(book: DrivenBook, entries: readonly LedgerEntry[]): Held[] {
  const remaining = new Map<string, Decimal>();
  for (const entry of entries) {
    const amount = new Decimal(entry.amount);
    if (amount.isPositive() && entry.grantId !== null) {
      const before = new Decimal(entry.balanceAfter).minus(amount);
      const debtPaid = Decimal.min(amount, Decimal.max(before.negated(), 0));
      remaining.set(entry.grantId, amount.minus(debtPaid));
    }
  }
  for (const entry of entries) {
    for (const taken of entry.allocations) {
      const held = remaining.get(taken.grantId);
      if (held) remaining.set(taken.grantId, held.minus(taken.amount));
    }
  }
  return [...remaining].map(([grantId, held]) => {
    const lot = book.lots.get(grantId);
    return {
      kind: lot?.kind ?? 'paid',
      month: lot?.expiresOn?.slice(0, 7) ?? 'none',
      remaining: held,
    };
  });
}

/**
 * The lots made to hold the balance above zero, as docs/rules.md says: a shortfall is paid
 * credit without expiry; an excess leaves the lots soonest expiry month first, promotional
 * before paid, credit without expiry last.
 */
function agreeing(balance: Decimal, lots: readonly Held[]): Held[] {
  const rank = (lot: Held) => `${lot.month === 'none' ? '~' : lot.month} ${lot.kind[1]}`;
  const held = lots
    .filter((lot) => lot.remaining.isPositive())
    .sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
  const total = held.reduce((sum, lot) => sum.plus(lot.remaining), new Decimal(0));
  let excess = total.minus(Decimal.max(balance, 0));
  const kept: Held[] = [];
  for (const lot of held) {
    const leaves = Decimal.max(0, Decimal.min(excess, lot.remaining));
    excess = excess.minus(leaves);
    kept.push({ ...lot, remaining: lot.remaining.minus(leaves) });
  }
  if (excess.isNegative()) kept.push({ kind: 'paid', month: 'none', remaining: excess.negated() });
  return kept.filter((lot) => !lot.remaining.isZero());
}

function dueAt(
  book: DrivenBook,
  invoice: InvoiceMade,
  entries: readonly LedgerEntry[],
  asOf: string,
) {
  let due = invoice.total;
  for (const entry of entries) {
    if (entry.type === 'applied_to_invoice' && entry.invoiceId === invoice.id)
      due = due.plus(entry.amount);
  }
  for (const payment of book.payments) {
    if (payment.invoiceId === invoice.id && payment.receivedOn <= asOf)
      due = due.minus(payment.amount);
  }
  return due;
}

function bucketOf(days: number): string {
  if (days <= 0) return 'current';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'over90';
}
