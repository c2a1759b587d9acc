/**
 * Aged receivables as at a date: each open standard or top-up invoice's amount due, aged by days
 * past its due date (current, 1-30, 31-60, 61-90, over 90), per customer and currency; debt on the
 * balance is its own column. Balance-due invoices are notices of that same debt (SPEC 12), so they
 * are never aged as well: the debt would count twice.
 */
import type {
  AgedCustomer,
  AgedInvoice,
  AgedReceivables,
  AgeingAmounts,
} from '../../../shared/contract/report-types.ts';
import type { AgeingBucket } from '../../../shared/contract/types.ts';
import { daysBetween } from '../../../shared/dates.ts';
import { assert } from '../../../shared/errors.ts';
import { minor, negate, toMoney, toMoneyExact } from '../../../shared/money.ts';
import { positionsOf } from './positions.ts';
import {
  byCurrencyAndName,
  groupBy,
  type CreditNoteRow,
  type InvoiceRow,
  type LedgerRows,
  type PaymentRow,
} from './rows.ts';

export const AGEING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'over90'] as const;

/** The rows as they stood at the end of `asOf`: invoices issued and not closed by then. */
export type ReceivableRows = LedgerRows & {
  invoices: readonly InvoiceRow[];
  payments: readonly PaymentRow[];
  creditNotes: readonly CreditNoteRow[];
};

export type AgeingRequest = { asOf: string; currency?: string };

/** Days past due count from the due date: due today is current, due yesterday is 1 day past. */
export function bucketOf(daysPastDue: number): AgeingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'd1_30';
  if (daysPastDue <= 60) return 'd31_60';
  if (daysPastDue <= 90) return 'd61_90';
  return 'over90';
}

/** What each invoice still owed: its total less credit applied, payments and credit notes. */
export function amountsDue(rows: ReceivableRows): Map<string, number> {
  const settled = new Map<string, number>();
  const add = (invoiceId: string | null, value: number) => {
    if (invoiceId !== null) settled.set(invoiceId, (settled.get(invoiceId) ?? 0) + value);
  };
  for (const entry of rows.entries) {
    if (entry.type === 'applied_to_invoice') add(entry.invoiceId, negate(entry.amountMinor));
  }
  for (const payment of rows.payments) add(payment.invoiceId, payment.appliedToInvoiceMinor);
  for (const note of rows.creditNotes) add(note.invoiceId, note.reducedDueMinor);
  return new Map(
    rows.invoices.map((invoice) => [
      invoice.id,
      Math.max(invoice.totalMinor - (settled.get(invoice.id) ?? 0), 0),
    ]),
  );
}

/** An aged invoice with its amount due in minor units, for exact sums. */
type Aged = { invoice: AgedInvoice; dueMinor: number };

function agedInvoices(rows: ReceivableRows, asOf: string): Map<string, Aged[]> {
  const due = amountsDue(rows);
  const byCustomer = new Map<string, Aged[]>();
  for (const invoice of rows.invoices) {
    if (invoice.kind === 'balance_due') continue;
    const amountDueMinor = due.get(invoice.id) ?? 0;
    if (amountDueMinor === 0) continue;
    assert(invoice.dueDate !== null, () => `open invoice ${invoice.id} has no due date`);
    const daysPastDue = daysBetween(invoice.dueDate, asOf);
    const list = byCustomer.get(invoice.customerId) ?? [];
    const aged: AgedInvoice = {
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      dueDate: invoice.dueDate,
      daysPastDue: Math.max(daysPastDue, 0),
      bucket: bucketOf(daysPastDue),
      amountDue: toMoney(minor(amountDueMinor), invoice.currency),
    };
    list.push({ invoice: aged, dueMinor: amountDueMinor });
    byCustomer.set(invoice.customerId, list);
  }
  return byCustomer;
}

type Tally = Record<AgeingBucket, bigint> & { balanceDebt: bigint };

function tallyOf(invoices: readonly Aged[], debtMinor: bigint): Tally {
  const tally: Tally = {
    current: 0n,
    d1_30: 0n,
    d31_60: 0n,
    d61_90: 0n,
    over90: 0n,
    balanceDebt: debtMinor,
  };
  for (const aged of invoices) tally[aged.invoice.bucket] += BigInt(aged.dueMinor);
  return tally;
}

function amountsOf(tallies: readonly Tally[], currency: string): AgeingAmounts {
  const sum = (key: keyof Tally) => tallies.reduce((total, tally) => total + tally[key], 0n);
  const invoices = AGEING_BUCKETS.reduce((total, bucket) => total + sum(bucket), 0n);
  const money = (value: bigint) => toMoneyExact(value, currency);
  return {
    current: money(sum('current')),
    d1_30: money(sum('d1_30')),
    d31_60: money(sum('d31_60')),
    d61_90: money(sum('d61_90')),
    over90: money(sum('over90')),
    invoices: money(invoices),
    balanceDebt: money(sum('balanceDebt')),
    total: money(invoices + sum('balanceDebt')),
  };
}

export function agedReceivables(rows: ReceivableRows, request: AgeingRequest): AgedReceivables {
  const invoices = agedInvoices(rows, request.asOf);
  const positions = positionsOf(rows);
  const chosen = rows.customers
    .filter((customer) => request.currency === undefined || customer.currency === request.currency)
    .sort(byCurrencyAndName);
  const currencies = [...groupBy(chosen, (customer) => customer.currency)].map(
    ([currency, group]) => {
      const tallies: Tally[] = [];
      const customers: AgedCustomer[] = [];
      for (const customer of group) {
        const aged = invoices.get(customer.id) ?? [];
        const debtMinor = positions.get(customer.id)?.debtMinor ?? 0;
        if (aged.length === 0 && debtMinor === 0) continue;
        const tally = tallyOf(aged, BigInt(debtMinor));
        tallies.push(tally);
        customers.push({
          customerId: customer.id,
          name: customer.name,
          ...amountsOf([tally], currency),
          invoiceList: aged.map((item) => item.invoice),
        });
      }
      return { currency, customers, totals: amountsOf(tallies, currency) };
    },
  );
  return { asOf: request.asOf, currencies };
}
