/**
 * What a reversal does to lots (SPEC 12). A reversal of a credit takes back, first, the very lot
 * the credit formed (untouched, or the reversal is refused before it gets here). A reversal of a
 * debit gives back to each lot what the debit took from it: after paying any debt the customer
 * has now, in the reverse of the spending order (the lots a later debit would have spent last are
 * the ones it left), never more than the debit took from each; what is left beyond that (the part
 * of the debit that had made debt) forms a new paid lot like any credit.
 */
import { assert } from '../../../shared/errors.ts';
import {
  smallerMinor,
  subtractMinor,
  sumMinor,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../shared/money.ts';
import type { Allocation, OpenGrant } from '../ledger/grant-order.ts';

export type ReversalLots = {
  entryId: string;
  /** For a reversal of a credit: the lot the credit formed, taken whole before anything else. */
  takeFirst?: Allocation;
  /** For a reversal of a debit: what it took from each lot, in the order to give it back. */
  restore?: readonly Allocation[];
};

export function takeFirst(
  reverses: ReversalLots | undefined,
  open: readonly OpenGrant[],
): Allocation | null {
  const first = reverses?.takeFirst;
  if (!first) return null;
  const lot = open.find((grant) => grant.id === first.grantId);
  assert(lot && lot.remainingMinor === first.amountMinor, 'a reversed credit takes its whole lot');
  return first;
}

export type Restored = { allocations: Allocation[]; totalMinor: MinorUnits };

/** What goes back to each lot out of `creditMinor`, the part of the reversal left after debt. */
export function restorations(
  reverses: ReversalLots | undefined,
  creditMinor: MinorUnits,
): Restored {
  const allocations: Allocation[] = [];
  let left = creditMinor;
  for (const taken of reverses?.restore ?? []) {
    if (left <= ZERO_MINOR) break;
    const given = smallerMinor(left, taken.amountMinor);
    allocations.push({ grantId: taken.grantId, amountMinor: given });
    left = subtractMinor(left, given);
  }
  return { allocations, totalMinor: sumMinor(allocations.map((given) => given.amountMinor)) };
}
