/**
 * Activity for a period, per currency and customer: the position at the start of the first day,
 * every entry of the period under one movement, and the position at the end of the last day.
 * Opening plus movements equals closing by construction and is asserted, so a month's closing is
 * the next month's opening.
 */
import {
  ACTIVITY_MOVEMENTS,
  type Activity,
  type ActivityFigures,
  type ActivityMovement,
  type BalancePosition,
} from '../../../shared/contract/report-types.ts';
import type { LedgerEntryType } from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import { toMoneyExact } from '../../../shared/money.ts';
import { emptyPosition, positionsOf, rewind, type Position } from './positions.ts';
import {
  byCurrencyAndName,
  entryType,
  groupBy,
  periodClock,
  Sums,
  type EntryRow,
  type LedgerRows,
} from './rows.ts';

/** Which movement each entry type is; a charge for tracked time is `consumedByTime`. */
const MOVEMENT_OF: Record<LedgerEntryType, ActivityMovement> = {
  top_up: 'receivedPaid',
  overpayment: 'receivedPaid',
  debt_payment: 'receivedPaid',
  promotional_credit: 'receivedPromotional',
  credit_note: 'creditNotes',
  applied_to_invoice: 'consumedByInvoices',
  charge: 'consumedByCharges',
  expiration: 'expired',
  refund: 'refunded',
  unapplied_from_invoice: 'reversed',
  adjustment: 'adjusted',
  // A balance brought in by an import: neither received nor consumed in the period, so adjusted.
  opening_balance: 'adjusted',
  // A reversal corrects a mistake, as an adjustment does.
  reversal: 'adjusted',
};

export function movementOf(entry: EntryRow): ActivityMovement {
  return movementOfType(entryType(entry), entry.timeEntryId !== null);
}

/** The movement of an entry type; `forTime`: the entry charged tracked time. */
export function movementOfType(type: LedgerEntryType, forTime: boolean): ActivityMovement {
  const movement = MOVEMENT_OF[type];
  return movement === 'consumedByCharges' && forTime ? 'consumedByTime' : movement;
}

export type ActivityRequest = { from: string; to: string; currency?: string; timeZone: string };

/** `rows` hold the ledger as it stood at the end of `to`; earlier days make the opening. */
export function activity(rows: LedgerRows, request: ActivityRequest): Activity {
  const { startAt, endAt } = periodClock(request);
  const later = rows.entries.find((entry) => entry.occurredAt >= endAt);
  assert(
    later === undefined,
    () => `entry ${later?.id ?? ''} is after the period: rows must stop at its end`,
  );
  const closing = positionsOf(rows);
  const opening = rewind(closing, rows, startAt);
  const movements = new Map<string, Sums<ActivityMovement>>();
  for (const entry of rows.entries) {
    if (entry.occurredAt < startAt) continue;
    const sums = movements.get(entry.customerId) ?? new Sums<ActivityMovement>();
    sums.add(movementOf(entry), entry.amountMinor);
    movements.set(entry.customerId, sums);
  }
  return activityOf({ customers: rows.customers, opening, closing, movements }, request);
}

/** A period's figures from positions at its two ends and each customer's movement sums. */
export type ActivityParts = {
  customers: LedgerRows['customers'];
  opening: ReadonlyMap<string, Position>;
  closing: ReadonlyMap<string, Position>;
  movements: ReadonlyMap<string, Sums<ActivityMovement>>;
};

/**
 * The report from its parts (the channel reads them aggregated in SQL); opening plus movements
 * must equal closing for every customer and total, or the parts were not read as at one moment.
 */
export function activityOf(
  parts: ActivityParts,
  request: { from: string; to: string; currency?: string },
): Activity {
  const { opening, closing, movements } = parts;
  const chosen = parts.customers
    .filter((customer) => request.currency === undefined || customer.currency === request.currency)
    .sort(byCurrencyAndName);
  const currencies = [...groupBy(chosen, (customer) => customer.currency)].map(
    ([currency, group]) => {
      const customerParts = group.map((customer) => ({
        opening: opening.get(customer.id) ?? emptyPosition(),
        sums: movements.get(customer.id) ?? new Sums<ActivityMovement>(),
        closing: closing.get(customer.id) ?? emptyPosition(),
      }));
      return {
        currency,
        customers: group.map((customer, index) => ({
          customerId: customer.id,
          name: customer.name,
          ...figures(customerParts.slice(index, index + 1), currency),
        })),
        totals: figures(customerParts, currency),
      };
    },
  );
  return { from: request.from, to: request.to, currencies };
}

type Part = { opening: Position; sums: Sums<ActivityMovement>; closing: Position };

function figures(parts: readonly Part[], currency: string): ActivityFigures {
  const total = (pick: (part: Part) => bigint) => parts.reduce((sum, part) => sum + pick(part), 0n);
  const moved = Object.fromEntries(
    ACTIVITY_MOVEMENTS.map((movement) => [movement, total((part) => part.sums.get(movement))]),
  ) as Record<ActivityMovement, bigint>;
  const net = (side: 'opening' | 'closing') => total((part) => BigInt(part[side].balanceMinor));
  const movedTotal = ACTIVITY_MOVEMENTS.reduce((sum, movement) => sum + moved[movement], 0n);
  assert(net('opening') + movedTotal === net('closing'), 'opening plus movements must be closing');
  const money = (value: bigint) => toMoneyExact(value, currency);
  const position = (side: 'opening' | 'closing'): BalancePosition => ({
    paid: money(total((part) => BigInt(part[side].paidMinor))),
    promotional: money(total((part) => BigInt(part[side].promotionalMinor))),
    debt: money(total((part) => BigInt(part[side].debtMinor))),
    net: money(net(side)),
  });
  return {
    opening: position('opening'),
    movements: Object.fromEntries(
      ACTIVITY_MOVEMENTS.map((movement) => [movement, money(moved[movement])]),
    ) as Record<ActivityMovement, ReturnType<typeof money>>,
    closing: position('closing'),
  };
}
