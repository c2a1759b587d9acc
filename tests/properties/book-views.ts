/**
 * Side-by-side views of the engine's documents and the model's for one comparison: money as
 * decimal strings and every engine id renamed to the model's, so that ids the engine makes up and
 * list orders the contract does not promise cannot fail the test.
 */
import type {
  Balance,
  Customer,
  Invoice,
  LedgerEntry,
  Payment,
  TimeEntry,
} from '../../shared/contract/types.ts';
import { money, openGrants, type ModelEntry } from './ledger-model.ts';
import {
  available,
  todayOf,
  type Book,
  type BookCustomer,
  type BookInvoice,
  type BookPayment,
  type BookTime,
} from './book-model.ts';

/** Engine id -> model id, one map per kind of record. */
export type IdMaps = {
  grants: Map<string, string>;
  invoices: Map<string, string>;
  payments: Map<string, string>;
  creditNotes: Map<string, string>;
  times: Map<string, string>;
};

export function emptyIds(): IdMaps {
  return {
    grants: new Map(),
    invoices: new Map(),
    payments: new Map(),
    creditNotes: new Map(),
    times: new Map(),
  };
}

function mapped(map: Map<string, string>, id: string | null): string | null {
  return id === null ? null : (map.get(id) ?? `unknown ${id}`);
}

const byGrant = (a: { grantId: string | null }, b: { grantId: string | null }) =>
  (a.grantId ?? '').localeCompare(b.grantId ?? '');

export function entryView(ids: IdMaps, entry: LedgerEntry) {
  return {
    seq: entry.seq,
    type: entry.type,
    amount: entry.amount,
    balanceAfter: entry.balanceAfter,
    occurredAt: entry.occurredAt,
    actorId: entry.actorId,
    grantId: mapped(ids.grants, entry.grantId),
    allocations: entry.allocations
      .map((allocation) => ({
        grantId: mapped(ids.grants, allocation.grantId),
        amount: allocation.amount,
      }))
      .sort(byGrant),
    invoice: mapped(ids.invoices, entry.invoiceId),
    payment: mapped(ids.payments, entry.paymentId),
    creditNote: mapped(ids.creditNotes, entry.creditNoteId),
    time: mapped(ids.times, entry.timeEntryId),
  };
}

/** docs/rules.md: expiry entries are recorded by the user `system`; the rest by the admin. */
export function modelEntryView(entry: ModelEntry) {
  return {
    seq: entry.seq,
    type: entry.type,
    amount: money(entry.amount),
    balanceAfter: money(entry.balanceAfter),
    occurredAt: entry.occurredAt,
    actorId: entry.type === 'expiration' ? 'system' : 'admin',
    grantId: entry.grantId,
    allocations: entry.allocations
      .map((allocation) => ({ grantId: allocation.grantId, amount: money(allocation.amount) }))
      .sort(byGrant),
    invoice: entry.links?.invoice ?? null,
    payment: entry.links?.payment ?? null,
    creditNote: entry.links?.creditNote ?? null,
    time: entry.links?.time ?? null,
  };
}

export function balanceView(ids: IdMaps, balance: Balance) {
  return {
    balance: balance.balance,
    available: balance.available,
    grants: balance.grants
      .map((grant) => ({
        grantId: mapped(ids.grants, grant.id),
        kind: grant.kind,
        original: grant.original,
        remaining: grant.remaining,
        expiresOn: grant.expiresOn,
      }))
      .sort(byGrant),
  };
}

/** docs/rules.md: available is the balance plus the usable limit, null when post-paid. */
export function modelBalanceView(customer: BookCustomer) {
  const bound = available(customer);
  return {
    balance: money(customer.balance),
    available: bound === null ? null : money(bound),
    grants: openGrants(customer)
      .map((grant) => ({
        grantId: grant.id,
        kind: grant.kind,
        original: money(grant.original),
        remaining: money(grant.remaining),
        expiresOn: grant.expiresOn,
      }))
      .sort(byGrant),
  };
}

/** Replenishment settings are compared while on; what a disabled one keeps is not specified. */
export function customerView(customer: Customer) {
  const setting = customer.replenishment;
  return {
    billingMode: customer.billingMode,
    creditLimit: customer.creditLimit,
    creditLimitBlocked: customer.creditLimitBlocked,
    replenishment: setting.enabled ? setting : { enabled: false },
  };
}

export function modelCustomerView(customer: BookCustomer) {
  const setting = customer.replenishment;
  const optional = (value: number | null) => (value === null ? null : money(value));
  return {
    billingMode: customer.mode,
    creditLimit: optional(customer.limit),
    creditLimitBlocked: customer.blocked,
    replenishment: setting.enabled
      ? {
          enabled: true,
          threshold: optional(setting.threshold),
          amount: optional(setting.amount),
          recurrence: setting.recurrence,
        }
      : { enabled: false },
  };
}

export function invoiceView(ids: IdMaps, invoice: Invoice) {
  return {
    id: mapped(ids.invoices, invoice.id),
    kind: invoice.kind,
    status: invoice.status,
    pastDue: invoice.pastDue,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    lines: invoice.lines.map((line) => ({ amount: line.amount, tax: line.tax })),
    subtotal: invoice.subtotal,
    tax: invoice.tax,
    total: invoice.total,
    creditApplied: invoice.creditApplied,
    amountPaid: invoice.amountPaid,
    creditNoted: invoice.creditNoted,
    amountDue: invoice.amountDue,
  };
}

/** SPEC 3: an open invoice past its due date is shown as past due. */
export function modelInvoiceView(book: Book, invoice: BookInvoice) {
  return {
    id: invoice.id,
    kind: invoice.kind,
    status: invoice.status,
    pastDue:
      invoice.status === 'open' && invoice.dueDate !== null && invoice.dueDate < todayOf(book),
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    lines: invoice.lines.map((line) => ({ amount: money(line.amount), tax: money(line.tax) })),
    subtotal: money(invoice.subtotal),
    tax: money(invoice.tax),
    total: money(invoice.total),
    creditApplied: money(invoice.creditApplied),
    amountPaid: money(invoice.amountPaid),
    creditNoted: money(invoice.creditNoted),
    amountDue: money(invoice.status === 'void' ? 0 : invoice.amountDue),
  };
}

export function paymentView(ids: IdMaps, payment: Payment) {
  return {
    id: mapped(ids.payments, payment.id),
    invoice: mapped(ids.invoices, payment.invoiceId),
    amount: payment.amount,
    appliedToInvoice: payment.appliedToInvoice,
    creditedToBalance: payment.creditedToBalance,
  };
}

export function modelPaymentView(payment: BookPayment) {
  return {
    id: payment.id,
    invoice: payment.invoice,
    amount: money(payment.amount),
    appliedToInvoice: money(payment.applied),
    creditedToBalance: money(payment.credited),
  };
}

export function timeView(ids: IdMaps, time: TimeEntry) {
  return { id: mapped(ids.times, time.id), amount: time.amount, status: time.status };
}

export function modelTimeView(time: BookTime) {
  return { id: time.id, amount: money(time.amount), status: time.status };
}
