/**
 * The comparison made after every step of a run: each customer's history, balance, settings,
 * invoices, payments and time entries against the model; conservation of money read from the
 * engine's own documents; invoice numbers gapless in issue order; and `audit.verify` clean.
 */
import { expect } from 'vitest';
import type { CreditNote, Invoice, LedgerEntry } from '../../shared/contract/types.ts';
import type { TestBackend } from '../support/backend.ts';
import { expireDue, refreshBlock, type Book, type BookCustomer } from './book-model.ts';
import {
  balanceView,
  customerView,
  entryView,
  invoiceView,
  modelBalanceView,
  modelCustomerView,
  modelEntryView,
  modelInvoiceView,
  modelPaymentView,
  modelTimeView,
  paymentView,
  timeView,
  type IdMaps,
} from './book-views.ts';

/** A mutating request the engine accepted, kept so that it can be sent again. */
export type Sent = { channel: string; input: object; data: unknown };

export type BookRun = {
  t: TestBackend;
  book: Book;
  customerIds: string[];
  /** Engine id -> model id. */
  ids: IdMaps;
  /** Model id -> engine id, for invoices, payments and time entries. */
  engineIds: Map<string, string>;
  /** Credit notes as the engine returned them. */
  notes: CreditNote[];
  accepted: Sent[];
};

/** A page size no run can fill, so one page is the whole list. */
const LIST_MAX = 500;

/** Decimal string to cents, without floats: `"-12.30"` -> -1230. */
export function cents(text: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not an amount: ${text}`);
  const value = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -value : value;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export async function expectBookAgreement(run: BookRun, label: string): Promise<void> {
  // The reads below expire due credit and bring each block up to date, as any call must.
  expireDue(run.book);
  for (const customer of run.book.customers) refreshBlock(run.book, customer);
  const numbers = new Map<string, string | null>();
  for (const customer of run.book.customers) {
    await expectCustomer(run, customer, numbers, `${label}: customer ${customer.index + 1}`);
  }
  expectNumbers(run.book, numbers, label);
  const verified = await run.t.call('audit.verify', {});
  expect({ ok: verified.ok, problems: verified.problems }, `${label}: audit.verify`).toEqual({
    ok: true,
    problems: [],
  });
}

async function expectCustomer(
  run: BookRun,
  customer: BookCustomer,
  numbers: Map<string, string | null>,
  label: string,
): Promise<void> {
  const { t, book, ids } = run;
  const customerId = run.customerIds[customer.index] ?? '';
  const listed = await t.call('invoices.list', { customerId, limit: LIST_MAX });
  expect(listed.nextCursor, `${label}: one page of invoices`).toBeNull();
  bindInvoices(run, customer, listed.items, label);
  const modelInvoices = book.invoices.filter((invoice) => invoice.customer === customer.index);
  const byId = (a: { id: string | null }, b: { id: string | null }) =>
    (a.id ?? '').localeCompare(b.id ?? '');
  expect(
    listed.items.map((invoice) => invoiceView(ids, invoice)).sort(byId),
    `${label}: invoices`,
  ).toEqual(modelInvoices.map((invoice) => modelInvoiceView(book, invoice)).sort(byId));
  for (const invoice of listed.items)
    numbers.set(ids.invoices.get(invoice.id) ?? '', invoice.number);

  const page = await t.call('balance.history', { customerId, limit: LIST_MAX });
  expect(page.nextCursor, `${label}: one page of history`).toBeNull();
  const history = [...page.items].reverse();
  bindGrants(run, customer, history, label);
  expect(
    history.map((entry) => entryView(ids, entry)),
    `${label}: history`,
  ).toEqual(customer.entries.map(modelEntryView));

  const balance = await t.call('balance.get', { customerId });
  expect(balanceView(ids, balance), `${label}: balance`).toEqual(modelBalanceView(customer));
  expectHours(balance.hoursRemaining, customer, label);
  const settings = await t.call('customers.get', { customerId });
  expect(customerView(settings), `${label}: settings`).toEqual(modelCustomerView(customer));

  const payments = (await t.call('payments.list', { customerId, limit: LIST_MAX })).items;
  expect(
    payments.map((payment) => paymentView(ids, payment)).sort(byId),
    `${label}: payments`,
  ).toEqual(
    book.payments
      .filter((payment) => payment.customer === customer.index)
      .map(modelPaymentView)
      .sort(byId),
  );
  const times = await t.call('time.list', { customerId });
  expect(times.map((time) => timeView(ids, time)).sort(byId), `${label}: time`).toEqual(
    book.times
      .filter((time) => time.customer === customer.index)
      .map(modelTimeView)
      .sort(byId),
  );

  // Conservation, read from the engine's own documents.
  const amounts = history.map((entry) => cents(entry.amount));
  let running = 0;
  for (const [index, entry] of history.entries()) {
    running += amounts[index] ?? 0;
    expect(cents(entry.balanceAfter), `${label}: entry ${entry.seq} balanceAfter`).toBe(running);
  }
  expect(cents(balance.balance), `${label}: balance is the sum of the history`).toBe(running);
  const linked = (key: 'invoiceId' | 'paymentId' | 'creditNoteId', id: string, type?: string) =>
    sum(
      history
        .filter((entry) => entry[key] === id && (type === undefined || entry.type === type))
        .map((entry) => cents(entry.amount)),
    );
  for (const invoice of listed.items) {
    expectInvoiceConserved(run, invoice, payments, linked, label);
  }
  for (const payment of payments) {
    expect(
      linked('paymentId', payment.id),
      `${label}: payment ${payment.id} credited to the balance`,
    ).toBe(cents(payment.creditedToBalance));
  }
  for (const note of run.notes.filter((item) => item.customerId === customerId)) {
    expect(linked('creditNoteId', note.id), `${label}: credit note ${note.id}`).toBe(
      cents(note.creditedToBalance),
    );
    expect(cents(note.reducedDue) + cents(note.creditedToBalance)).toBe(cents(note.amount));
  }
  for (const time of times.filter((item) => item.status === 'deducted')) {
    const entry = history.find((candidate) => candidate.timeEntryId === time.id);
    expect(entry?.id, `${label}: time entry ${time.id} linked to its charge`).toBe(time.entryId);
    expect(entry?.amount, `${label}: time entry ${time.id} charged`).toBe(`-${time.amount}`);
  }
}

type Linked = (
  key: 'invoiceId' | 'paymentId' | 'creditNoteId',
  id: string,
  type?: string,
) => number;

/**
 * total = credit applied + paid + credit notes + due; credit applied is what the invoice's
 * `applied_to_invoice` entries took less what came back and what credit notes displaced; paid is
 * what payments applied less what credit notes displaced; credit notes add up.
 */
function expectInvoiceConserved(
  run: BookRun,
  invoice: Invoice,
  payments: { invoiceId: string | null; appliedToInvoice: string }[],
  linked: Linked,
  label: string,
): void {
  const model = run.book.invoices.find((item) => item.id === run.ids.invoices.get(invoice.id));
  if (!model) return;
  const where = `${label}: invoice ${model.id}`;
  // docs/rules.md: a void invoice owes nothing; every other one owes its total less settlement.
  const owed = invoice.status === 'void' ? 0 : cents(invoice.amountDue);
  expect(cents(invoice.amountDue), `${where} amount due`).toBe(owed);
  if (invoice.status !== 'void') {
    expect(cents(invoice.total), `${where} total`).toBe(
      cents(invoice.creditApplied) +
        cents(invoice.amountPaid) +
        cents(invoice.creditNoted) +
        cents(invoice.amountDue),
    );
  }
  const applied = 0 - linked('invoiceId', invoice.id, 'applied_to_invoice');
  const returned = linked('invoiceId', invoice.id, 'unapplied_from_invoice');
  expect(applied - returned - model.displacedCredit, `${where} credit applied`).toBe(
    cents(invoice.creditApplied),
  );
  const paid = sum(
    payments
      .filter((payment) => payment.invoiceId === invoice.id)
      .map((payment) => cents(payment.appliedToInvoice)),
  );
  expect(paid - model.displacedPaid, `${where} paid`).toBe(cents(invoice.amountPaid));
  const noted = sum(
    run.notes.filter((note) => note.invoiceId === invoice.id).map((note) => cents(note.amount)),
  );
  expect(noted, `${where} credit notes`).toBe(cents(invoice.creditNoted));
}

/** SPEC 5: hours remaining is the budget divided by the hourly rate, to two decimals. */
function expectHours(hours: string | null, customer: BookCustomer, label: string): void {
  if (customer.hourlyRate === null) {
    expect(hours, `${label}: no hours without a rate`).toBeNull();
    return;
  }
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(hours ?? '');
  if (!match) expect.fail(`${label}: hours remaining ${String(hours)} is not a number of hours`);
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  const budget = Math.max(customer.balance, 0) * 100;
  expect(
    Math.abs(hundredths * customer.hourlyRate - budget),
    `${label}: hours remaining ${String(hours)}`,
  ).toBeLessThan(customer.hourlyRate);
}

/** Invoices issued by the engine on its own (balance-due, replenishment) take the model's ids. */
function bindInvoices(
  run: BookRun,
  customer: BookCustomer,
  listed: Invoice[],
  label: string,
): void {
  const unbound = run.book.invoices.filter(
    (invoice) => invoice.customer === customer.index && !run.engineIds.has(invoice.id),
  );
  for (const invoice of [...listed].reverse()) {
    if (run.ids.invoices.has(invoice.id)) continue;
    const index = unbound.findIndex(
      (candidate) =>
        candidate.kind === invoice.kind &&
        candidate.issueDate === invoice.issueDate &&
        cents(invoice.total) === candidate.total,
    );
    const match = unbound[index];
    if (!match) {
      expect.fail(`${label}: the engine issued an invoice the model did not: ${show(invoice)}`);
    }
    unbound.splice(index, 1);
    run.ids.invoices.set(invoice.id, match.id);
    run.engineIds.set(match.id, invoice.id);
  }
}

function show(invoice: Invoice): string {
  const { kind, status, issueDate, dueDate, total, amountDue } = invoice;
  return JSON.stringify({ kind, status, issueDate, dueDate, total, amountDue });
}

/** Each credit that forms a grant ties the engine's grant id to the model's. */
function bindGrants(
  run: BookRun,
  customer: BookCustomer,
  history: LedgerEntry[],
  label: string,
): void {
  for (const [index, entry] of history.entries()) {
    const expected = customer.entries[index];
    if (!expected || expected.type === 'expiration' || expected.grantId === null) continue;
    if (entry.grantId === null || run.ids.grants.has(entry.grantId)) continue;
    if ([...run.ids.grants.values()].includes(expected.grantId)) {
      expect.fail(`${label}: entry ${entry.seq} should form grant ${expected.grantId}`);
    }
    run.ids.grants.set(entry.grantId, expected.grantId);
  }
}

/**
 * SPEC 3 and docs/rules.md: numbers are the prefix and a four-digit counter, given at issue from
 * a gapless sequence, in issue order. Within one scheduled pass, balance-due invoices come
 * before replenishment, and one customer's months in order.
 */
function expectNumbers(book: Book, numbers: Map<string, string | null>, label: string): void {
  const issued = book.invoices.filter((invoice) => invoice.issued !== null);
  const counter = new Map<string, number>();
  for (const invoice of book.invoices) {
    const number = numbers.get(invoice.id) ?? null;
    if (invoice.issued === null) {
      expect(number, `${label}: draft ${invoice.id} has no number`).toBeNull();
      continue;
    }
    expect(number, `${label}: invoice ${invoice.id} number`).toMatch(/^INV-\d{4}$/);
    counter.set(invoice.id, Number((number ?? '').slice(4)));
  }
  const sorted = [...counter.values()].sort((a, b) => a - b);
  expect(sorted, `${label}: numbers are gapless`).toEqual(sorted.map((_, index) => index + 1));
  for (const a of issued) {
    for (const b of issued) {
      const [x, y] = [a.issued, b.issued];
      if (x === null || y === null) continue;
      const before =
        x.call < y.call ||
        (x.call === y.call &&
          (x.stage < y.stage ||
            (x.stage === y.stage &&
              a.customer === b.customer &&
              (x.month ?? '') < (y.month ?? ''))));
      if (before) {
        expect(
          (counter.get(a.id) ?? 0) < (counter.get(b.id) ?? 0),
          `${label}: ${a.id} is numbered before ${b.id}`,
        ).toBe(true);
      }
    }
  }
}
