/**
 * The plain rows the accountant's reports read, in the shapes of the ledger tables (db/schema.ts),
 * and small helpers over them. The caller reads the rows as they stood at the report's date
 * (entries recorded by then, grants those entries made, their allocations); nothing here does I/O.
 */
import type { LedgerEntryType } from '../../../shared/contract/types.ts';
import { LEDGER_ENTRY_TYPES } from '../../../shared/contract/types.ts';
import { minorDigits } from '../../../shared/currencies.ts';
import { addDays, daysBetween, endOfDate, startOfDate } from '../../../shared/dates.ts';
import { assert } from '../../../shared/errors.ts';
import { toMoneyExact, type MoneyString } from '../../../shared/money.ts';
import type {
  creditNotes,
  customers,
  grantAllocations,
  grants,
  invoices,
  ledgerEntries,
  payments,
} from '../db/schema.ts';

export type CustomerRow = Pick<typeof customers.$inferSelect, 'id' | 'name' | 'currency'>;
export type EntryRow = Pick<
  typeof ledgerEntries.$inferSelect,
  | 'id'
  | 'customerId'
  | 'seq'
  | 'type'
  | 'amountMinor'
  | 'balanceAfterMinor'
  | 'occurredAt'
  | 'invoiceId'
  | 'timeEntryId'
>;
export type GrantRow = Pick<
  typeof grants.$inferSelect,
  'id' | 'customerId' | 'entryId' | 'kind' | 'originalMinor' | 'expiresOn'
>;
export type AllocationRow = Pick<
  typeof grantAllocations.$inferSelect,
  'entryId' | 'grantId' | 'amountMinor'
>;
export type InvoiceRow = Pick<
  typeof invoices.$inferSelect,
  'id' | 'customerId' | 'kind' | 'number' | 'issueDate' | 'dueDate' | 'currency' | 'totalMinor'
>;
export type PaymentRow = Pick<typeof payments.$inferSelect, 'invoiceId' | 'appliedToInvoiceMinor'>;
export type CreditNoteRow = Pick<typeof creditNotes.$inferSelect, 'invoiceId' | 'reducedDueMinor'>;

/** The ledger as it stood at a moment: what credit owed and activity read. */
export type LedgerRows = {
  customers: readonly CustomerRow[];
  entries: readonly EntryRow[];
  grants: readonly GrantRow[];
  allocations: readonly AllocationRow[];
};

export function entryType(entry: EntryRow): LedgerEntryType {
  return entryTypeOf(entry.type);
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(LEDGER_ENTRY_TYPES);

function isEntryType(text: string): text is LedgerEntryType {
  return KNOWN_TYPES.has(text);
}

/** A type as the ledger stores it, checked against the known types. */
export function entryTypeOf(text: string): LedgerEntryType {
  assert(isEntryType(text), () => `unknown entry type ${text}`);
  return text;
}

/**
 * The business days of a period as instants, so an entry is placed by comparing its ISO instant
 * (as the ledger writes it: UTC, milliseconds, `Z`) rather than by a time-zone conversion each.
 */
export type PeriodClock = {
  /** The first instant of the period and the first instant after it. */
  startAt: string;
  endAt: string;
  /** The business date of an instant inside the period. */
  dateOf(occurredAt: string): string;
};

export function periodClock(period: { from: string; to: string; timeZone: string }): PeriodClock {
  const dayCount = daysBetween(period.from, period.to) + 1;
  assert(dayCount >= 1, 'a period ends on or after its start');
  const starts = Array.from({ length: dayCount }, (_, index) =>
    startOfDate(addDays(period.from, index), period.timeZone).toISOString(),
  );
  const endAt = endOfDate(period.to, period.timeZone).toISOString();
  const dates = starts.map((_, index) => addDays(period.from, index));
  return {
    startAt: starts[0] ?? endAt,
    endAt,
    dateOf(occurredAt) {
      assert(
        occurredAt >= (starts[0] ?? endAt) && occurredAt < endAt,
        () => `${occurredAt} is outside`,
      );
      let low = 0;
      let high = starts.length - 1;
      // The last day whose start is at or before the instant.
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if ((starts[middle] ?? '') <= occurredAt) low = middle;
        else high = middle - 1;
      }
      return dates[low] ?? period.from;
    },
  };
}

export function customersById(rows: readonly CustomerRow[]): Map<string, CustomerRow> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** Exact sums of minor units by key (bigint, so many rows never pass a safe integer). */
export class Sums<K extends string> {
  private readonly values = new Map<K, bigint>();

  add(key: K, value: number | bigint): void {
    this.values.set(key, (this.values.get(key) ?? 0n) + BigInt(value));
  }

  get(key: K): bigint {
    return this.values.get(key) ?? 0n;
  }

  money(key: K, currency: string): MoneyString {
    return toMoneyExact(this.get(key), currency);
  }
}

/** Groups items under a key, keeping first-seen order. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Customers in report order: by currency, then name, then id. */
export function byCurrencyAndName(a: CustomerRow, b: CustomerRow): number {
  if (a.currency !== b.currency) return a.currency < b.currency ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A decimal string this engine wrote (`toMoney`, `toMoneyExact`) back to exact minor units, for
 * sums past a safe integer: digits only, never through a float.
 */
export function exactMinor(amount: MoneyString, currency: string): bigint {
  const digits = minorDigits(currency);
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  assert(
    /^\d+$/.test(whole) && fraction.length === digits,
    () => `not an amount of ${currency}: ${amount}`,
  );
  const value = BigInt(`${whole}${fraction}`);
  return negative ? -value : value;
}
