/**
 * Credit owed as at a date: per currency and customer, paid and promotional credit apart, split by
 * the month it expires in (credit without expiry last), and the debt carried on balances. Totals
 * are the exact sums of the customers' rows.
 */
import type {
  CreditAmounts,
  CreditOwed,
  CreditOwedCustomer,
} from '../../../shared/contract/report-types.ts';
import { toMoneyExact } from '../../../shared/money.ts';
import { emptyPosition, NO_EXPIRY, positionsOf, type Position } from './positions.ts';
import { byCurrencyAndName, groupBy, type LedgerRows } from './rows.ts';

export type CreditOwedRequest = { asOf: string; currency?: string };

export function creditOwed(rows: LedgerRows, request: CreditOwedRequest): CreditOwed {
  const positions = positionsOf(rows);
  const chosen = rows.customers
    .filter((customer) => request.currency === undefined || customer.currency === request.currency)
    .sort(byCurrencyAndName);
  const currencies = [...groupBy(chosen, (customer) => customer.currency)].map(
    ([currency, group]) => {
      const customerPositions = group.map(
        (customer) => positions.get(customer.id) ?? emptyPosition(),
      );
      return {
        currency,
        customers: group.map((customer, index): CreditOwedCustomer => ({
          customerId: customer.id,
          name: customer.name,
          ...amounts([customerPositions[index] ?? emptyPosition()], currency),
        })),
        totals: amounts(customerPositions, currency),
      };
    },
  );
  return { asOf: request.asOf, currencies };
}

/** The figures of several positions added up (one position for a customer's row). */
function amounts(positions: readonly Position[], currency: string): CreditAmounts {
  let paid = 0n;
  let promotional = 0n;
  let debt = 0n;
  const months = new Map<string, { paid: bigint; promotional: bigint }>();
  for (const position of positions) {
    paid += position.paidMinor;
    promotional += position.promotionalMinor;
    debt += position.debtMinor;
    for (const kind of ['paid', 'promotional'] as const) {
      for (const [month, value] of position.credit[kind]) {
        const row = months.get(month) ?? { paid: 0n, promotional: 0n };
        row[kind] += value;
        months.set(month, row);
      }
    }
  }
  const money = (value: bigint) => toMoneyExact(value, currency);
  // Months in calendar order, credit without expiry last.
  const order = [...months.keys()].sort((a, b) =>
    a === NO_EXPIRY ? 1 : b === NO_EXPIRY ? -1 : a < b ? -1 : 1,
  );
  return {
    paid: money(paid),
    promotional: money(promotional),
    credit: money(paid + promotional),
    debt: money(debt),
    byExpiry: order.map((month) => {
      const row = months.get(month) ?? { paid: 0n, promotional: 0n };
      return {
        month: month === NO_EXPIRY ? null : month,
        paid: money(row.paid),
        promotional: money(row.promotional),
      };
    }),
  };
}
