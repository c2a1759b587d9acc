/**
 * A period's opening positions taken back from its closing ones through the period's aggregated
 * movements (period/repo.ts), as `rewind` does entry by entry: each customer's balance less what
 * the period moved, and their paid and promotional credit less the lots the period formed plus
 * what it took from lots. Reading the lots at the period's start instead would walk every entry
 * after it again. The activity report reads only these totals, not the credit by expiry month.
 */
import { emptyPosition, type Position } from '../../../accounting/positions.ts';
import { assert } from '../../../../../shared/errors.ts';
import type { MovementRow } from './repo.ts';

export function openingFrom(
  closing: ReadonlyMap<string, Position>,
  movements: readonly MovementRow[],
): Map<string, Position> {
  const opening = new Map<string, Position>();
  for (const [customerId, position] of closing) {
    opening.set(customerId, {
      ...emptyPosition(),
      balanceMinor: position.balanceMinor,
      paidMinor: position.paidMinor,
      promotionalMinor: position.promotionalMinor,
    });
  }
  for (const row of movements) {
    const position = opening.get(row.customerId) ?? emptyPosition();
    position.balanceMinor -= BigInt(row.amount);
    if (row.formedKind === 'paid') position.paidMinor -= BigInt(row.formed);
    if (row.formedKind === 'promotional') position.promotionalMinor -= BigInt(row.formed);
    position.paidMinor += BigInt(row.takenPaid);
    position.promotionalMinor += BigInt(row.takenPromotional);
    opening.set(row.customerId, position);
  }
  for (const [customerId, position] of opening) {
    const credit = position.paidMinor + position.promotionalMinor;
    const above = position.balanceMinor > 0n ? position.balanceMinor : 0n;
    assert(credit === above, `customer ${customerId}: opening lots ${credit}, balance ${above}`);
    position.debtMinor = position.balanceMinor < 0n ? -position.balanceMinor : 0n;
  }
  return opening;
}
