/**
 * A small reference model of a book, for the report properties: it runs random actions day by
 * day under SPEC 2 (a credit pays debt first, a debit takes lots soonest-expiring first, a refund
 * only paid credit, unused lots expire when their day ends) and writes the plain rows the ledger
 * tables would hold. After each day it keeps what it believes was owed, so reports can be checked
 * against it rather than against themselves.
 */
import type { GrantKind } from '../../shared/contract/types.ts';
import { addDays, endOfDate, startOfDate } from '../../shared/dates.ts';
import { minor } from '../../shared/money.ts';
import type {
  AllocationRow,
  CreditNoteRow,
  CustomerRow,
  EntryRow,
  GrantRow,
  InvoiceRow,
  PaymentRow,
} from '../../electron/backend/accounting/rows.ts';

export const ZONE = 'Pacific/Auckland';
export const FIRST_DAY = '2026-01-01';
export const OPS = [
  'topUp',
  'promo',
  'charge',
  'time',
  'refund',
  'adjustIn',
  'adjustOut',
  'overpay',
  'creditNote',
  'invoice',
  'apply',
  'pay',
  'note',
  'unapply',
] as const;
export type Op = (typeof OPS)[number];
export type Action = {
  gapDays: number;
  customer: number;
  op: Op;
  amount: number;
  expiryDays: number | null;
};

type Lot = GrantRow & { remaining: number };
type Invoice = InvoiceRow & { settled: { day: string; minor: number }[] };
export type Snapshot = {
  balance: Map<string, number>;
  paid: Map<string, number>;
  promo: Map<string, number>;
};

export type Book = {
  customers: CustomerRow[];
  entries: (EntryRow & { day: string })[];
  grants: Lot[];
  allocations: (AllocationRow & { day: string })[];
  invoices: Invoice[];
  payments: (PaymentRow & { day: string })[];
  creditNotes: (CreditNoteRow & { day: string })[];
  /** What the model believes each customer held at the end of each day run. */
  snapshots: Map<string, Snapshot>;
  lastDay: string;
};

export const CUSTOMERS: CustomerRow[] = [
  { id: 'c1', name: 'Alder', currency: 'USD' },
  { id: 'c2', name: 'Birch', currency: 'USD' },
  { id: 'c3', name: 'Cedar', currency: 'JPY' },
  { id: 'c4', name: '=Dogwood', currency: 'KWD' },
];

function lotOrder(a: Lot, b: Lot): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  if (a.expiresOn !== null && a.kind !== b.kind) return a.kind === 'promotional' ? -1 : 1;
  return 0;
}

export function runBook(actions: readonly Action[]): Book {
  const book: Book = {
    customers: CUSTOMERS,
    entries: [],
    grants: [],
    allocations: [],
    invoices: [],
    payments: [],
    creditNotes: [],
    snapshots: new Map(),
    lastDay: FIRST_DAY,
  };
  const balance = new Map(CUSTOMERS.map((c) => [c.id, 0]));
  const seq = new Map(CUSTOMERS.map((c) => [c.id, 0]));
  let day = FIRST_DAY;

  const post = (
    customerId: string,
    type: string,
    amountMinor: number,
    at: string,
    extra: Partial<EntryRow> = {},
  ) => {
    const next = (seq.get(customerId) ?? 0) + 1;
    seq.set(customerId, next);
    const after = (balance.get(customerId) ?? 0) + amountMinor;
    balance.set(customerId, after);
    const entry = {
      id: `e${book.entries.length + 1}`,
      customerId,
      seq: next,
      type,
      amountMinor: minor(amountMinor),
      balanceAfterMinor: minor(after),
      occurredAt: at,
      invoiceId: null,
      timeEntryId: null,
      ...extra,
      day,
    };
    book.entries.push(entry);
    return entry;
  };
  const credit = (
    customerId: string,
    type: string,
    amount: number,
    lot: { kind: GrantKind; expiresOn: string | null },
    extra: Partial<EntryRow> = {},
  ) => {
    const debt = Math.max(-(balance.get(customerId) ?? 0), 0);
    const entry = post(customerId, type, amount, noon(day), extra);
    const granted = amount - Math.min(amount, debt);
    if (granted > 0) {
      book.grants.push({
        id: `g${book.grants.length + 1}`,
        customerId,
        entryId: entry.id,
        kind: lot.kind,
        originalMinor: minor(granted),
        expiresOn: lot.expiresOn,
        remaining: granted,
      });
    }
  };
  const debit = (
    customerId: string,
    type: string,
    amount: number,
    kinds: GrantKind[],
    extra: Partial<EntryRow> = {},
  ) => {
    let spend = Math.min(amount, Math.max(balance.get(customerId) ?? 0, 0));
    const entry = post(customerId, type, -amount, noon(day), extra);
    const open = book.grants.filter(
      (g) => g.customerId === customerId && g.remaining > 0 && kinds.includes(g.kind),
    );
    for (const lot of [...open].sort(lotOrder)) {
      const take = Math.min(spend, lot.remaining);
      if (take === 0) continue;
      lot.remaining -= take;
      spend -= take;
      book.allocations.push({ entryId: entry.id, grantId: lot.id, amountMinor: minor(take), day });
    }
  };
  const expireThrough = (lastExpiredDay: string) => {
    for (const lot of book.grants) {
      if (lot.expiresOn === null || lot.expiresOn > lastExpiredDay || lot.remaining === 0) continue;
      const at = endOfDate(lot.expiresOn, ZONE).toISOString();
      const entry = post(lot.customerId, 'expiration', -lot.remaining, at);
      entry.day = addDays(lot.expiresOn, 1);
      book.allocations.push({
        entryId: entry.id,
        grantId: lot.id,
        amountMinor: minor(lot.remaining),
        day: entry.day,
      });
      lot.remaining = 0;
    }
  };
  const snapshot = () => {
    const paid = new Map<string, number>();
    const promo = new Map<string, number>();
    for (const lot of book.grants) {
      const into = lot.kind === 'paid' ? paid : promo;
      into.set(lot.customerId, (into.get(lot.customerId) ?? 0) + lot.remaining);
    }
    book.snapshots.set(day, { balance: new Map(balance), paid, promo });
  };

  snapshot();
  for (const action of actions) {
    for (let step = 0; step < action.gapDays; step += 1) {
      day = addDays(day, 1);
      expireThrough(addDays(day, -1));
      snapshot();
    }
    const customer = CUSTOMERS[action.customer % CUSTOMERS.length];
    if (customer === undefined) continue;
    act(action, customer.id);
    snapshot();
  }
  book.lastDay = day;
  return book;

  function act(action: Action, customerId: string): void {
    const amount = action.amount;
    const expiresOn = action.expiryDays === null ? null : addDays(day, action.expiryDays);
    const held = balance.get(customerId) ?? 0;
    const paidHeld = book.grants
      .filter((g) => g.customerId === customerId && g.kind === 'paid')
      .reduce((s, g) => s + g.remaining, 0);
    const openInvoices = book.invoices.filter((i) => i.customerId === customerId && due(i) > 0);
    const invoice = openInvoices[amount % Math.max(openInvoices.length, 1)];
    switch (action.op) {
      case 'topUp': {
        credit(customerId, 'top_up', amount, { kind: 'paid', expiresOn });
        return;
      }
      case 'promo': {
        credit(customerId, 'promotional_credit', amount, { kind: 'promotional', expiresOn });
        return;
      }
      case 'overpay': {
        credit(customerId, 'overpayment', amount, { kind: 'paid', expiresOn: null });
        return;
      }
      case 'creditNote': {
        credit(customerId, 'credit_note', amount, { kind: 'paid', expiresOn: null });
        return;
      }
      case 'adjustIn': {
        credit(customerId, 'adjustment', amount, { kind: 'paid', expiresOn: null });
        return;
      }
      case 'unapply': {
        credit(customerId, 'unapplied_from_invoice', amount, {
          kind: 'paid',
          expiresOn: null,
        });
        return;
      }
      case 'charge': {
        debit(customerId, 'charge', amount, ['paid', 'promotional']);
        return;
      }
      case 'time': {
        debit(customerId, 'charge', amount, ['paid', 'promotional'], {
          timeEntryId: `t${book.entries.length}`,
        });
        return;
      }
      case 'adjustOut': {
        debit(customerId, 'adjustment', amount, ['paid', 'promotional']);
        return;
      }
      case 'refund':
        if (paidHeld > 0) debit(customerId, 'refund', Math.min(amount, paidHeld), ['paid']);
        return;
      case 'invoice': {
        issue(customerId, amount, action.expiryDays ?? 0);
        return;
      }
      case 'apply':
        if (invoice && held > 0) {
          const minor = Math.min(held, due(invoice), amount);
          debit(customerId, 'applied_to_invoice', minor, ['paid', 'promotional'], {
            invoiceId: invoice.id,
          });
          invoice.settled.push({ day, minor });
        }
        return;
      case 'pay':
        if (invoice) payInvoice(customerId, invoice, amount);
        return;
      case 'note':
        if (invoice) {
          const reduced = Math.min(due(invoice), amount);
          book.creditNotes.push({ invoiceId: invoice.id, reducedDueMinor: minor(reduced), day });
          invoice.settled.push({ day, minor: reduced });
        }
        return;
    }
  }

  function payInvoice(customerId: string, invoice: Invoice, amount: number): void {
    const applied = Math.min(due(invoice), amount);
    book.payments.push({ invoiceId: invoice.id, appliedToInvoiceMinor: minor(applied), day });
    invoice.settled.push({ day, minor: applied });
    // A balance-due invoice's payment credits the balance as a debt payment (SPEC 3).
    if (invoice.kind === 'balance_due')
      credit(customerId, 'debt_payment', applied, { kind: 'paid', expiresOn: null });
  }

  function issue(customerId: string, amount: number, termsDays: number): void {
    const kinds = ['standard', 'top_up', 'balance_due'] as const;
    const currency = CUSTOMERS.find((c) => c.id === customerId)?.currency ?? 'USD';
    book.invoices.push({
      id: `i${book.invoices.length + 1}`,
      customerId,
      kind: kinds[amount % 3] ?? 'standard',
      number: `INV-${book.invoices.length + 1}`,
      issueDate: day,
      dueDate: addDays(day, termsDays % 100),
      currency,
      totalMinor: minor(amount),
      settled: [],
    });
  }
}

/** What an invoice still owed after everything the model has done so far (or up to `asOf`). */
export function due(invoice: Invoice, asOf?: string): number {
  const settled = invoice.settled.filter((s) => asOf === undefined || s.day <= asOf);
  return invoice.totalMinor - settled.reduce((sum, s) => sum + s.minor, 0);
}

/** Ten in the morning of a business day: inside the day in any zone offset. */
export function noon(day: string): string {
  return new Date(startOfDate(day, ZONE).getTime() + 10 * 3_600_000).toISOString();
}
