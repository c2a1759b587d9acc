/**
 * The one way a new lot's row and an allocation row are made, by `postEntry` and by a bulk
 * posting alike. A lot is whole when formed, its order and time the forming entry's. An
 * allocation is what an entry took from (or, negative, gave back to) a lot, with the copies the
 * reports read (the entry's business date and customer, the lot's kind, expiry and business date
 * formed: db/schema-allocations.ts). The lot is one its caller has read already (a debit's open
 * lots, or a lot a reversal gives back to), so making the row looks nothing up.
 */
import type { GrantKind } from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import type { MinorUnits } from '../../../shared/money.ts';
import type { Allocation, OpenGrant } from '../ledger/grant-order.ts';

/** A lot as spending reads it: its place in the spending order, and the business date formed. */
export type Lot = OpenGrant & { formedOn: string };

/** A row of `grant_allocations`, as inserted. */
export type AllocationRow = {
  entryId: string;
  grantId: string;
  amountMinor: MinorUnits;
  effectiveOn: string;
  customerId: string;
  lotKind: GrantKind;
  lotExpiresOn: string | null;
  lotFormedOn: string;
};

type Taker = { id: string; effectiveOn: string; customerId: string };

/** A row of `grants`, as inserted. */
export type LotRow = {
  id: string;
  customerId: string;
  entryId: string;
  kind: GrantKind;
  originalMinor: MinorUnits;
  remainingMinor: MinorUnits;
  expiresOn: string | null;
  createdSeq: number;
  createdAt: string;
};

type Former = {
  id: string;
  grantId: string | null;
  customerId: string;
  seq: number;
  occurredAt: string;
};

/** The new lot `entry` forms of `amountMinor`, whole. */
export function lotRow(
  entry: Former,
  grant: { kind: GrantKind; expiresOn: string | null },
  amountMinor: MinorUnits,
): LotRow {
  assert(entry.grantId !== null, 'a credit that forms a lot names it');
  return {
    id: entry.grantId,
    customerId: entry.customerId,
    entryId: entry.id,
    kind: grant.kind,
    originalMinor: amountMinor,
    remainingMinor: amountMinor,
    expiresOn: grant.expiresOn,
    createdSeq: entry.seq,
    createdAt: entry.occurredAt,
  };
}

/** The row of `allocation` (signed as written) of `entry` from `lot`, copies included. */
export function allocationRow(entry: Taker, allocation: Allocation, lot: Lot): AllocationRow {
  assert(lot.id === allocation.grantId, () => `grant ${allocation.grantId} is the lot it names`);
  return {
    entryId: entry.id,
    grantId: allocation.grantId,
    amountMinor: allocation.amountMinor,
    effectiveOn: entry.effectiveOn,
    customerId: entry.customerId,
    lotKind: lot.kind,
    lotExpiresOn: lot.expiresOn,
    lotFormedOn: lot.formedOn,
  };
}
