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
  const taken = new Map<string, bigint>();
  for (const allocation of rows.allocations) {
    taken.set(
      allocation.grantId,
      (taken.get(allocation.grantId) ?? 0n) + BigInt(allocation.amountMinor),
    );
  }
  for (const grant of rows.grants) {
    const position = positions.get(grant.customerId);
    assert(position !== undefined, `grant ${grant.id} of an unknown customer`);
    const remaining = BigInt(grant.originalMinor) - (taken.get(grant.id) ?? 0n);
    assert(remaining >= 0n, `grant ${grant.id} gave more than it held`);
    if (remaining === 0n) continue;
    const key = grant.expiresOn === null ? NO_EXPIRY : grant.expiresOn.slice(0, 7);
    const byExpiry = position.credit[grant.kind];
    byExpiry.set(key, (byExpiry.get(key) ?? 0n) + remaining);
    if (grant.kind === 'paid') position.paidMinor += remaining;
    else position.promotionalMinor += remaining;
  }
  const lastSeq = new Map<string, number>();
  for (const entry of rows.entries) {
    const position = positions.get(entry.customerId);
    assert(position !== undefined, `entry ${entry.id} of an unknown customer`);
    if (entry.seq <= (lastSeq.get(entry.customerId) ?? 0)) continue;
    lastSeq.set(entry.customerId, entry.seq);
    position.balanceMinor = BigInt(entry.balanceAfterMinor);
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
