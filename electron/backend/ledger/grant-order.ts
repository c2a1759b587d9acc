/**
 * Pure decisions about grants (lots of credit): which grants a debit takes from and how much.
 * Order (SPEC 2): grants with an expiry date, soonest first, promotional before paid on the same
 * day, then oldest first; then grants without expiry, oldest first.
 */
import type { GrantKind } from '../../../shared/contract/types.ts';
import { smallerMinor, subtractMinor, type MinorUnits } from '../../../shared/money.ts';

export type OpenGrant = {
  id: string;
  kind: GrantKind;
  remainingMinor: MinorUnits;
  expiresOn: string | null;
  createdSeq: number;
};

export type Allocation = { grantId: string; amountMinor: MinorUnits };

export function compareForSpending(a: OpenGrant, b: OpenGrant): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  if (a.expiresOn !== null && a.kind !== b.kind) return a.kind === 'promotional' ? -1 : 1;
  return a.createdSeq - b.createdSeq;
}

/** Takes up to `amountMinor` from `grants` in spending order; returns what each gave. */
export function allocate(
  grants: readonly OpenGrant[],
  amountMinor: MinorUnits,
  kinds: readonly GrantKind[] = ['paid', 'promotional'],
): Allocation[] {
  const allocations: Allocation[] = [];
  let left = amountMinor;
  for (const grant of [...grants].sort(compareForSpending)) {
    if (left === 0) break;
    if (!kinds.includes(grant.kind) || grant.remainingMinor <= 0) continue;
    const taken = smallerMinor(left, grant.remainingMinor);
    allocations.push({ grantId: grant.id, amountMinor: taken });
    left = subtractMinor(left, taken);
  }
  return allocations;
}
