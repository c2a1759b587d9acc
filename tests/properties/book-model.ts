/**
 * The state of the reference model of invoices and billing (SPEC 3-6 and docs/rules.md), on top
 * of the ledger model of SPEC 2: customers with their billing mode, block and replenishment
 * settings, invoices with what settled them, payments, credit notes and time entries. Written
 * from the rules, not from the engine: integer cents, line pricing by integer half-up rounding
 * (no decimal library), and expiry applied lazily, as any call that reads a balance must do it.
 */
import { addMonthsToMonth, monthOf } from '../../shared/dates.ts';
import {
  endOfDay,
  expire,
  today,
  type EntryLinks,
  type LedgerModel,
  type ModelAllocation,
  type ModelCustomer,
} from './ledger-model.ts';

export type Mode = 'prepaid' | 'credit_limit' | 'postpaid';
export type InvoiceKind = 'standard' | 'top_up' | 'balance_due';
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
export type Recurrence = 'once' | 'always';

export type Replenishment = {
  enabled: boolean;
  threshold: number | null;
  amount: number | null;
  recurrence: Recurrence | null;
  /** Entries up to this seq came before the last replenishment invoice. */
  afterSeq: number;
};

export type BookCustomer = ModelCustomer & {
  index: number;
  terms: number;
  autoApply: boolean;
  hourlyRate: number | null;
  mode: Mode;
  limit: number | null;
  blocked: boolean;
  /** When an admin last lifted the block (ms), or null. */
  unblockedAt: number | null;
  replenishment: Replenishment;
  /** The last month (`YYYY-MM`) whose balance-due run is done. */
  billedThrough: string;
};

/** Quantities in thousandths, tax rates in thousandths of a percent, prices in cents. */
export type LineSpec = { milli: number; price: number; rateMilli: number | null };
export type PricedLine = { amount: number; tax: number };

/** When an invoice was issued: the step, the stage of the scheduled pass, and its month. */
export type IssueKey = { call: number; stage: number; month: string | null };

export type BookInvoice = {
  id: string;
  customer: number;
  kind: InvoiceKind;
  origin: 'manual' | 'replenishment' | 'balance_due';
  status: InvoiceStatus;
  lines: PricedLine[];
  subtotal: number;
  tax: number;
  total: number;
  creditApplied: number;
  amountPaid: number;
  creditNoted: number;
  amountDue: number;
  issueDate: string | null;
  dueDate: string | null;
  issued: IssueKey | null;
  /** What each `applied_to_invoice` entry took from each grant, for a void to return. */
  taken: ModelAllocation[];
  /** Settlement replaced by credit notes: credit applied, then payments. */
  displacedCredit: number;
  displacedPaid: number;
};

export type BookPayment = {
  id: string;
  customer: number;
  invoice: string | null;
  amount: number;
  applied: number;
  credited: number;
};

export type BookCreditNote = {
  id: string;
  invoice: string;
  amount: number;
  reducedDue: number;
  credited: number;
};

export type BookTime = {
  id: string;
  customer: number;
  amount: number;
  status: 'unbilled' | 'deducted';
};

export type Book = {
  ledger: LedgerModel;
  customers: BookCustomer[];
  invoices: BookInvoice[];
  payments: BookPayment[];
  creditNotes: BookCreditNote[];
  times: BookTime[];
  /** The step being run, for the issue order of invoices. */
  call: number;
};

export type CustomerSetup = {
  terms: number;
  autoApply: boolean;
  hourlyRate: number | null;
  /** The billing mode an admin sets right after creating the customer. */
  mode?: { mode: Mode; limit: number | null };
};

/** An engine error code, or any of several when the rules refuse a call for more than one reason. */
export type Refusal = { ok: false; codes: string[]; shortfall?: number };
export type Outcome<T> = { ok: true; value: T } | Refusal;

export function refuse(...codes: string[]): Refusal {
  return { ok: false, codes };
}

export function createBook(zone: string, start: string, setups: CustomerSetup[]): Book {
  const ledger: LedgerModel = { zone, now: Date.parse(start), customers: [], grantsCreated: 0 };
  const billedThrough = addMonthsToMonth(monthOf(today(ledger)), -1);
  const customers = setups.map(({ terms, autoApply, hourlyRate }, index): BookCustomer => ({
    balance: 0,
    grants: [],
    entries: [],
    index,
    terms,
    autoApply,
    hourlyRate,
    mode: 'prepaid',
    limit: null,
    blocked: false,
    unblockedAt: null,
    replenishment: { enabled: false, threshold: null, amount: null, recurrence: null, afterSeq: 0 },
    billedThrough,
  }));
  ledger.customers = customers;
  return { ledger, customers, invoices: [], payments: [], creditNotes: [], times: [], call: 0 };
}

export function todayOf(book: Book): string {
  return today(book.ledger);
}

/** Expires every grant whose day has ended, of every customer; returns how many. */
export function expireDue(book: Book): number {
  const date = todayOf(book);
  let count = 0;
  for (const customer of book.customers) {
    const due = customer.grants
      .filter((grant) => grant.remaining > 0 && grant.expiresOn !== null && grant.expiresOn < date)
      .sort(
        (a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '') || a.created - b.created,
      );
    for (const grant of due) expire(book.ledger, customer, grant);
    count += due.length;
  }
  return count;
}

/**
 * SPEC 4 and docs/rules.md: a credit-limit customer is blocked while a balance-due invoice is
 * still owed (open or written off) after its due date, unless it fell overdue before an admin's
 * unblock.
 */
export function shouldBlock(book: Book, customer: BookCustomer): boolean {
  if (customer.mode !== 'credit_limit') return false;
  const date = todayOf(book);
  return book.invoices.some(
    (invoice) =>
      invoice.customer === customer.index &&
      invoice.kind === 'balance_due' &&
      (invoice.status === 'open' || invoice.status === 'uncollectible') &&
      invoice.dueDate !== null &&
      invoice.dueDate < date &&
      (customer.unblockedAt === null ||
        Date.parse(endOfDay(invoice.dueDate, book.ledger.zone)) > customer.unblockedAt),
  );
}

/** Brings the block up to date; returns what changed. */
export function refreshBlock(book: Book, customer: BookCustomer): 'blocked' | 'unblocked' | null {
  const next = shouldBlock(book, customer);
  if (next === customer.blocked) return null;
  customer.blocked = next;
  return next ? 'blocked' : 'unblocked';
}

/** What every call that reads or moves a customer's money does first. */
export function prepare(book: Book, customer: BookCustomer): void {
  expireDue(book);
  refreshBlock(book, customer);
}

/** What a charge may take: null when unbounded (post-paid). */
export function available(customer: BookCustomer): number | null {
  if (customer.mode === 'postpaid') return null;
  if (customer.mode === 'credit_limit' && !customer.blocked) {
    return customer.balance + (customer.limit ?? 0);
  }
  return customer.balance;
}

/** SPEC 4: a debit the mode does not allow is refused whole, with the shortfall. */
export function spendingRefusal(customer: BookCustomer, amount: number): Refusal | null {
  const bound = available(customer);
  if (bound === null || amount <= Math.max(bound, 0)) return null;
  const shortfall = amount - Math.max(bound, 0);
  if (customer.mode === 'credit_limit') {
    const code = customer.blocked ? 'CREDIT_LIMIT_BLOCKED' : 'CREDIT_LIMIT_EXCEEDED';
    return { ok: false, codes: [code], shortfall };
  }
  return { ok: false, codes: ['INSUFFICIENT_BALANCE'], shortfall };
}

/** `value / divisor` rounded half-up, for non-negative integers. */
export function halfUp(value: number, divisor: number): number {
  const whole = Math.floor(value / divisor);
  return (value - whole * divisor) * 2 >= divisor ? whole + 1 : whole;
}

/** SPEC 1: each line rounded half-up on its own; totals are sums of rounded lines. */
export function priceLine(line: LineSpec): PricedLine {
  const amount = halfUp(line.milli * line.price, 1000);
  const tax = line.rateMilli === null ? 0 : halfUp(amount * line.rateMilli, 100_000);
  return { amount, tax };
}

export function linkOf(invoice: BookInvoice, extra: EntryLinks = {}): EntryLinks {
  return { invoice: invoice.id, ...extra };
}

export function customerOf(book: Book, invoice: BookInvoice): BookCustomer {
  const customer = book.customers[invoice.customer];
  if (!customer) throw new Error(`invoice ${invoice.id} names no customer`);
  return customer;
}

export function settle(invoice: BookInvoice): void {
  invoice.amountDue =
    invoice.total - invoice.creditApplied - invoice.amountPaid - invoice.creditNoted;
  if (invoice.amountDue < 0) throw new Error(`model invoice ${invoice.id} due below zero`);
  if (
    invoice.amountDue === 0 &&
    (invoice.status === 'open' || invoice.status === 'uncollectible')
  ) {
    invoice.status = 'paid';
  }
}

/** A decimal string of `value / 10^digits` without trailing zeros: 1250, 3 -> "1.25". */
export function decimal(value: number, digits: number): string {
  const scale = 10 ** digits;
  const whole = Math.floor(value / scale);
  const fraction = String(value - whole * scale)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
