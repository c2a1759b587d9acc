/**
 * The model's billing rules (SPEC 4-6, docs/rules.md "Billing modes and scheduled work"): balance
 * moves bound by the billing mode, mode switches and unblocking, replenishment settings, time
 * entries deducted whole or not at all, and the scheduled pass with its counts: expiry, the
 * monthly balance-due invoices, overdue blocks, replenishment.
 */
import { addMonthsToMonth, monthOf } from '../../shared/dates.ts';
import {
  adjust as adjustLedger,
  businessDate,
  debit,
  refund as refundLedger,
  topUp as topUpLedger,
  type GrantKind,
  type ModelEntry,
  type ModelOutcome,
} from './ledger-model.ts';
import {
  expireDue,
  halfUp,
  prepare,
  refreshBlock,
  refuse,
  spendingRefusal,
  todayOf,
  type Book,
  type BookCustomer,
  type BookTime,
  type Mode,
  type Outcome,
  type Recurrence,
} from './book-model.ts';
import { createDraft, open, replenishIfDue } from './book-invoices.ts';

function fromLedger(outcome: ModelOutcome): Outcome<ModelEntry> {
  return outcome.ok ? { ok: true, value: outcome.entry } : refuse(outcome.error.code);
}

export function topUp(
  book: Book,
  customer: BookCustomer,
  amount: number,
  kind: GrantKind,
  expiresOn: string | null,
): Outcome<ModelEntry> {
  prepare(book, customer);
  return fromLedger(topUpLedger(book.ledger, customer, amount, kind, expiresOn));
}

/** docs/rules.md: adjustments are not bound by the billing mode; a debit may trigger replenishment. */
export function adjust(
  book: Book,
  customer: BookCustomer,
  direction: 'credit' | 'debit',
  amount: number,
): Outcome<ModelEntry> {
  prepare(book, customer);
  const outcome = fromLedger(adjustLedger(book.ledger, customer, direction, amount));
  if (direction === 'debit') replenishIfDue(book, customer);
  return outcome;
}

export function refund(book: Book, customer: BookCustomer, amount: number): Outcome<ModelEntry> {
  prepare(book, customer);
  return fromLedger(refundLedger(book.ledger, customer, amount));
}

/** `balance.charge`: what the mode allows, or refused whole with the shortfall. */
export function charge(book: Book, customer: BookCustomer, amount: number): Outcome<ModelEntry> {
  prepare(book, customer);
  const refusal = spendingRefusal(customer, amount);
  if (refusal) return refusal;
  const entry = debit(book.ledger, customer, 'charge', amount, ['paid', 'promotional']);
  replenishIfDue(book, customer);
  return { ok: true, value: entry };
}

/** `customers.setBillingMode`: leaving credit_limit drops the limit and any block. */
export function setMode(
  book: Book,
  customer: BookCustomer,
  mode: Mode,
  limit: number | null,
): Outcome<BookCustomer> {
  expireDue(book);
  customer.mode = mode;
  customer.limit = mode === 'credit_limit' ? limit : null;
  if (mode !== 'credit_limit') customer.blocked = false;
  // The block is brought up to date at once (an overdue balance-due invoice blocks a new limit).
  refreshBlock(book, customer);
  return { ok: true, value: customer };
}

/** `customers.unblockCreditLimit`: only a blocked credit limit; later overdue invoices block again. */
export function unblock(book: Book, customer: BookCustomer): Outcome<BookCustomer> {
  prepare(book, customer);
  if (customer.mode !== 'credit_limit' || !customer.blocked) return refuse('CONFLICT');
  customer.blocked = false;
  customer.unblockedAt = book.ledger.now;
  return { ok: true, value: customer };
}

export type ReplenishmentSetting = { threshold: number; amount: number; recurrence: Recurrence };

/** `customers.setReplenishment`: turning it off keeps the last settings. */
export function setReplenishment(
  book: Book,
  customer: BookCustomer,
  setting: ReplenishmentSetting | null,
): Outcome<BookCustomer> {
  expireDue(book);
  const current = customer.replenishment;
  customer.replenishment = setting
    ? { ...current, enabled: true, ...setting }
    : { ...current, enabled: false };
  return { ok: true, value: customer };
}

/** `time.create`: amount = hours x rate, rounded half-up; the customer's rate by default. */
export function createTime(
  book: Book,
  customer: BookCustomer,
  hundredths: number,
  rate: number | null,
): Outcome<BookTime> {
  expireDue(book);
  const hourly = rate ?? customer.hourlyRate;
  if (hourly === null) return refuse('VALIDATION');
  const time: BookTime = {
    id: `t${book.times.length + 1}`,
    customer: customer.index,
    amount: halfUp(hundredths * hourly, 100),
    status: 'unbilled',
  };
  book.times.push(time);
  return { ok: true, value: time };
}

/** `time.deduct`: one `charge` per entry, or nothing when the mode does not allow the total. */
export function deduct(
  book: Book,
  customer: BookCustomer,
  selection: readonly BookTime[],
): Outcome<ModelEntry[]> {
  prepare(book, customer);
  const codes = new Set<string>();
  for (const time of selection) {
    if (time.customer !== customer.index) codes.add('VALIDATION');
    else if (time.status !== 'unbilled') codes.add('CONFLICT');
  }
  if (codes.size > 0) return refuse(...codes);
  const total = selection.reduce((sum, time) => sum + time.amount, 0);
  const refusal = spendingRefusal(customer, total);
  if (refusal) return refusal;
  const entries = selection.map((time) => {
    time.status = 'deducted';
    return debit(book.ledger, customer, 'charge', time.amount, ['paid', 'promotional'], {
      time: time.id,
    });
  });
  replenishIfDue(book, customer);
  return { ok: true, value: entries };
}

export type JobCounts = {
  expired: number;
  recurringIssued: number;
  balanceDueIssued: number;
  blocked: number;
  unblocked: number;
  replenishmentsIssued: number;
};

/**
 * `jobs.runDue` (SPEC 6), in order: expire grants; recurring invoices (the model has none);
 * monthly balance-due invoices for every month not yet done, for customers billed monthly at the
 * time of the pass; overdue blocks; replenishment.
 */
export function runDue(book: Book): JobCounts {
  const counts: JobCounts = {
    expired: expireDue(book),
    recurringIssued: 0,
    balanceDueIssued: 0,
    blocked: 0,
    unblocked: 0,
    replenishmentsIssued: 0,
  };
  const last = addMonthsToMonth(monthOf(todayOf(book)), -1);
  for (const customer of book.customers) {
    while (customer.billedThrough < last) {
      // docs/rules.md: a prepaid customer still in debt (switched back) is invoiced too.
      if (customer.mode === 'prepaid' && customer.balance >= 0) {
        customer.billedThrough = last;
      } else {
        const month = addMonthsToMonth(customer.billedThrough, 1);
        customer.billedThrough = month;
        if (billMonth(book, customer, month)) counts.balanceDueIssued += 1;
      }
    }
  }
  for (const customer of book.customers) {
    const change = refreshBlock(book, customer);
    if (change === 'blocked') counts.blocked += 1;
    if (change === 'unblocked') counts.unblocked += 1;
  }
  for (const customer of book.customers) {
    if (replenishIfDue(book, customer, 5)) counts.replenishmentsIssued += 1;
  }
  return counts;
}

/**
 * docs/rules.md: the invoice for month M, issued on the 1st of M+1, is the debt M's charges
 * created (the part of each charge that went below zero), capped at the debt at the end of M less
 * what balance-due invoices still owed already ask for; none when that is zero or less. Its lines
 * are the charges behind it, newest first until covered, shown in date order.
 */
function billMonth(book: Book, customer: BookCustomer, month: string): boolean {
  const monthOfEntry = (entry: ModelEntry) =>
    monthOf(businessDate(Date.parse(entry.occurredAt), book.ledger.zone));
  const debts = customer.entries
    .filter((entry) => entry.type === 'charge' && monthOfEntry(entry) === month)
    .map((entry) => {
      const before = entry.balanceAfter - entry.amount;
      return Math.max(-entry.balanceAfter, 0) - Math.max(-before, 0);
    })
    .filter((debt) => debt > 0);
  const created = debts.reduce((sum, debt) => sum + debt, 0);
  const atEnd = customer.entries.filter((entry) => monthOfEntry(entry) <= month).at(-1);
  const debtAtEnd = Math.max(-(atEnd?.balanceAfter ?? 0), 0);
  const owed = book.invoices
    .filter(
      (invoice) =>
        invoice.customer === customer.index &&
        invoice.kind === 'balance_due' &&
        (invoice.status === 'open' || invoice.status === 'uncollectible'),
    )
    .reduce((sum, invoice) => sum + invoice.amountDue, 0);
  const amount = Math.min(created, debtAtEnd - owed);
  if (amount <= 0) return false;
  const parts: number[] = [];
  let left = amount;
  for (const debt of [...debts].reverse()) {
    if (left === 0) break;
    parts.push(Math.min(left, debt));
    left -= Math.min(left, debt);
  }
  const lines = parts.reverse().map((price) => ({ milli: 1000, price, rateMilli: null }));
  const draft = createDraft(book, customer, 'balance_due', lines, 'balance_due');
  if (!draft.ok) throw new Error('model balance-due invoice must be positive');
  const issueDate = `${addMonthsToMonth(month, 1)}-01`;
  open(book, draft.value, { call: book.call, stage: 3, month }, issueDate);
  return true;
}
