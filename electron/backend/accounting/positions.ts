/**
 * Where each customer stood at a moment: credit owed by kind and expiry month (each grant's
 * original less what allocations took from it) and debt on the balance (the last entry's balance
 * below zero). The two views are checked against each other: the credit held in grants always
 * equals the balance above zero, or the rows were not read as at one moment.
 */
import type { GrantKind } from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import type { LedgerRows } from './rows.ts';

export type ExpiryKey = string;
/** The expiry key of credit that never expires. */
export const NO_EXPIRY: ExpiryKey = 'none';

export type Position = {
  /** Remaining credit by kind, then by expiry month (`YYYY-MM`) or NO_EXPIRY. */
  credit: Record<GrantKind, Map<ExpiryKey, bigint>>;
  paidMinor: bigint;
  promotionalMinor: bigint;
  debtMinor: bigint;
  balanceMinor: bigint;
};

export function emptyPosition(): Position {
  return {
    credit: { paid: new Map(), promotional: new Map() },
    paidMinor: 0n,
    promotionalMinor: 0n,
    debtMinor: 0n,
    balanceMinor: 0n,
  };
}

/** Every customer's position (customers without entries stand at zero). */
export function positionsOf(rows: LedgerRows): Map<string, Position> {
  const positions = new Map(rows.customers.map((customer) => [customer.id, emptyPosition()]));
  // Per lot and per customer the figures stay safe integers; only the customer's sums are exact.
  const taken = new Map<string, number>();
  for (const allocation of rows.allocations) {
    taken.set(allocation.grantId, (taken.get(allocation.grantId) ?? 0) + allocation.amountMinor);
  }
  for (const grant of rows.grants) {
    const position = positions.get(grant.customerId);
    assert(position !== undefined, `grant ${grant.id} of an unknown customer`);
    const remaining = grant.originalMinor - (taken.get(grant.id) ?? 0);
    assert(remaining >= 0, `grant ${grant.id} gave more than it held`);
    if (remaining === 0) continue;
    const key = grant.expiresOn === null ? NO_EXPIRY : grant.expiresOn.slice(0, 7);
    const byExpiry = position.credit[grant.kind];
    byExpiry.set(key, (byExpiry.get(key) ?? 0n) + BigInt(remaining));
    if (grant.kind === 'paid') position.paidMinor += BigInt(remaining);
    else position.promotionalMinor += BigInt(remaining);
  }
  const last = new Map<string, { seq: number; balanceMinor: number }>();
  for (const entry of rows.entries) {
    const seen = last.get(entry.customerId);
    if (seen !== undefined && entry.seq <= seen.seq) continue;
    last.set(entry.customerId, { seq: entry.seq, balanceMinor: entry.balanceAfterMinor });
  }
  for (const [customerId, seen] of last) {
    const position = positions.get(customerId);
    assert(position !== undefined, `entries of an unknown customer ${customerId}`);
    position.balanceMinor = BigInt(seen.balanceMinor);
  }
  for (const [customerId, position] of positions) {
    position.debtMinor = position.balanceMinor < 0n ? -position.balanceMinor : 0n;
    const held = position.paidMinor + position.promotionalMinor;
    const above = position.balanceMinor > 0n ? position.balanceMinor : 0n;
    assert(held === above, `customer ${customerId}: grants hold ${held}, balance is ${above}`);
  }
  return positions;
}

/** The rows as they stood before an entry filter: entries kept, and only their grants and takings. */
export function rowsWhere(rows: LedgerRows, keep: (entryId: string) => boolean): LedgerRows {
  const entries = rows.entries.filter((entry) => keep(entry.id));
  const ids = new Set(entries.map((entry) => entry.id));
  return {
    customers: rows.customers,
    entries,
    grants: rows.grants.filter((grant) => ids.has(grant.entryId)),
    allocations: rows.allocations.filter((allocation) => ids.has(allocation.entryId)),
  };
}
