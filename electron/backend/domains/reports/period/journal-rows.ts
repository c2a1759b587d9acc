/**
 * The period's aggregated movements (period/repo.ts) as rows the pure journal posts: one entry per
 * customer, day, type, sign and kind of lot formed, carrying the group's sums so it posts exactly
 * what its entries would have posted one by one. A credit's balance before it is minus the debt
 * it paid (its amount less the lot it formed); a debit takes from two stand-in lots, one paid and
 * one promotional, what its entries took from lots of each kind.
 */
import type { AllocationRow, EntryRow, GrantRow, LedgerRows } from '../../../accounting/rows.ts';
import { minor } from '../../../../../shared/money.ts';
import type { MovementRow } from './repo.ts';

const PAID_LOT = 'lot-paid';
const PROMOTIONAL_LOT = 'lot-promotional';

/** `starts`: each business day's first instant, by the rows' day index. */
export function journalRows(
  customers: LedgerRows['customers'],
  movements: readonly MovementRow[],
  starts: readonly string[],
): LedgerRows {
  const stand = (id: string, kind: GrantRow['kind']): GrantRow => ({
    id,
    customerId: customers[0]?.id ?? '',
    entryId: `before-${id}`,
    kind,
    originalMinor: minor(0),
    expiresOn: null,
  });
  const grants: GrantRow[] = [stand(PAID_LOT, 'paid'), stand(PROMOTIONAL_LOT, 'promotional')];
  const entries: EntryRow[] = [];
  const allocations: AllocationRow[] = [];
  movements.forEach((row, index) => {
    const id = `group-${index}`;
    const debtPaid = row.amount > 0 ? row.amount - row.formed : 0;
    entries.push({
      id,
      customerId: row.customerId,
      seq: index + 1,
      type: row.type,
      amountMinor: minor(row.amount),
      balanceAfterMinor: minor(row.amount > 0 ? row.amount - debtPaid : row.amount),
      occurredAt: starts[row.day] ?? '',
      invoiceId: null,
      timeEntryId: row.isTime ? id : null,
    });
    if (row.formed > 0 && row.formedKind !== null) {
      grants.push({
        id: `formed-${index}`,
        customerId: row.customerId,
        entryId: id,
        kind: row.formedKind,
        originalMinor: minor(row.formed),
        expiresOn: null,
      });
    }
    const take = (grantId: string, amount: number) => {
      if (amount > 0) allocations.push({ entryId: id, grantId, amountMinor: minor(amount) });
    };
    take(PAID_LOT, row.takenPaid);
    take(PROMOTIONAL_LOT, row.takenPromotional);
  });
  return { customers, entries, grants, allocations };
}
