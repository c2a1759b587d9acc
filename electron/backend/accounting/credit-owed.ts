/**
 * Credit owed as at a date: per currency and customer, paid and promotional credit apart, split by
 * the month it expires in (credit without expiry last), and the debt carried on balances. A
 * customer's figures are safe integers (positions.ts); totals are the exact sums of the customers'
 * rows (exact-total.ts), each customer's position read once.
 */
import type {
  CreditAmounts,
  CreditOwed,
  CreditOwedCustomer,
} from '../../../shared/contract/report-types.ts';
import type { GrantKind } from '../../../shared/contract/types.ts';
import { minor, toMoney, toMoneyExact } from '../../../shared/money.ts';
import { ExactTotal } from './exact-total.ts';
import {
  emptyPosition,
  NO_EXPIRY,
  positionsOf,
  type ExpiryKey,
  type Position,
} from './positions.ts';
import { byCurrencyAndName, groupBy, type CustomerRow, type LedgerRows } from './rows.ts';

export type CreditOwedRequest = { asOf: string; currency?: string };

export function creditOwed(rows: LedgerRows, request: CreditOwedRequest): CreditOwed {
  return creditOwedOf(rows.customers, positionsOf(rows), request);
}

/** The report from each customer's position (the channel reads them summed in SQL). */
export function creditOwedOf(
  listed: readonly CustomerRow[],
  positions: ReadonlyMap<string, Position>,
  request: CreditOwedRequest,
): CreditOwed {
  const chosen = listed
    .filter((customer) => request.currency === undefined || customer.currency === request.currency)
    .sort(byCurrencyAndName);
  const currencies = [...groupBy(chosen, (customer) => customer.currency)].map(
    ([currency, group]) => {
      const totals = new Totals();
      const customers = group.map((customer): CreditOwedCustomer => {
        const position = positions.get(customer.id) ?? emptyPosition();
        totals.add(position);
        return { customerId: customer.id, name: customer.name, ...amounts(position, currency) };
      });
      return { currency, customers, totals: totals.amounts(currency) };
    },
  );
  return { asOf: request.asOf, currencies };
}

/** Months in calendar order, credit without expiry last. */
function byExpiryMonth(a: ExpiryKey, b: ExpiryKey): number {
  if (a === b) return 0;
  if (a === NO_EXPIRY) return 1;
  if (b === NO_EXPIRY) return -1;
  return a < b ? -1 : 1;
}

/** The months either kind of credit expires in, in report order. */
function monthsOf(credit: Record<GrantKind, ReadonlyMap<ExpiryKey, unknown>>): ExpiryKey[] {
  const months = [...credit.paid.keys()];
  for (const month of credit.promotional.keys()) {
    if (!credit.paid.has(month)) months.push(month);
  }
  return months.sort(byExpiryMonth);
}

/** One customer's figures. */
function amounts(position: Position, currency: string): CreditAmounts {
  const money = (value: number) => toMoney(minor(value), currency);
  const { paid, promotional } = position.credit;
  return {
    paid: money(position.paidMinor),
    promotional: money(position.promotionalMinor),
    credit: money(position.paidMinor + position.promotionalMinor),
    debt: money(position.debtMinor),
    byExpiry: monthsOf(position.credit).map((month) => ({
      month: month === NO_EXPIRY ? null : month,
      paid: money(paid.get(month) ?? 0),
      promotional: money(promotional.get(month) ?? 0),
    })),
  };
}

/** A currency's figures: the exact sums of its customers' positions. */
class Totals {
  private readonly paid = new ExactTotal();
  private readonly promotional = new ExactTotal();
  private readonly debt = new ExactTotal();
  private readonly credit: Record<GrantKind, Map<ExpiryKey, ExactTotal>> = {
    paid: new Map(),
    promotional: new Map(),
  };

  add(position: Position): void {
    this.paid.add(position.paidMinor);
    this.promotional.add(position.promotionalMinor);
    this.debt.add(position.debtMinor);
    for (const kind of ['paid', 'promotional'] as const) {
      const months = this.credit[kind];
      for (const [month, value] of position.credit[kind]) {
        const total = months.get(month) ?? new ExactTotal();
        total.add(value);
        months.set(month, total);
      }
    }
  }

  amounts(currency: string): CreditAmounts {
    const money = (total: ExactTotal | undefined) => toMoneyExact(total?.value ?? 0n, currency);
    const paid = this.paid.value;
    const promotional = this.promotional.value;
    return {
      paid: toMoneyExact(paid, currency),
      promotional: toMoneyExact(promotional, currency),
      credit: toMoneyExact(paid + promotional, currency),
      debt: money(this.debt),
      byExpiry: monthsOf(this.credit).map((month) => ({
        month: month === NO_EXPIRY ? null : month,
        paid: money(this.credit.paid.get(month)),
        promotional: money(this.credit.promotional.get(month)),
      })),
    };
  }
}
