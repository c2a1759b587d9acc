/**
 * A customer's lots as at a date made to agree with their balance then. The balance is the sum of
 * the entries dated by then (effective-date order); the lots are those formed by entries dated by
 * then, less what entries dated by then took from them. Lots are spent in the order entries were
 * recorded, so an entry dated back can make the two disagree (a charge dated before the top-up it
 * spent; a payment dated back after it paid a debt recorded since). The balance wins: credit the
 * lots lack is paid credit without expiry; credit they hold beyond it leaves them in spending
 * order (soonest expiry month first, promotional before paid, no expiry last).
 */
import type { GrantKind } from '../../../../../shared/contract/types.ts';

export type LotSum = {
  customerId: string;
  kind: GrantKind;
  /** The expiry month (`YYYY-MM`), or null: no expiry. */
  month: string | null;
  remaining: number;
};

function spendingOrder(a: LotSum, b: LotSum): number {
  if (a.month !== b.month) {
    if (a.month === null) return 1;
    if (b.month === null) return -1;
    return a.month < b.month ? -1 : 1;
  }
  if (a.kind === b.kind) return 0;
  return a.kind === 'promotional' ? -1 : 1;
}

/** One customer's `lots` holding exactly their `balance` above zero. */
export function reconciled(customerId: string, balance: number, lots: readonly LotSum[]) {
  const held = lots.filter((lot) => lot.remaining > 0).sort(spendingOrder);
  const owed = Math.max(balance, 0);
  let excess = held.reduce((sum, lot) => sum + lot.remaining, 0) - owed;
  const kept: LotSum[] = [];
  for (const lot of held) {
    const leaves = Math.max(0, Math.min(excess, lot.remaining));
    excess -= leaves;
    if (lot.remaining > leaves) kept.push({ ...lot, remaining: lot.remaining - leaves });
  }
  if (excess < 0) {
    const paid = kept.find((lot) => lot.kind === 'paid' && lot.month === null);
    if (paid) paid.remaining -= excess;
    else kept.push({ customerId, kind: 'paid', month: null, remaining: -excess });
  }
  return kept;
}
