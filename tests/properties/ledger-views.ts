/**
 * Side-by-side views of the engine's answers and the model's state for one comparison: money as
 * decimal strings, the engine's grant ids renamed to the model's, and allocations and grants in
 * one fixed order so that a list order the contract does not promise cannot fail the test.
 */
import type { Balance, LedgerEntry } from '../../shared/contract/types.ts';
import { money, openGrants, type ModelCustomer, type ModelEntry } from './ledger-model.ts';

/** Engine grant id -> model grant id. */
export type GrantIds = ReadonlyMap<string, string>;

function mapGrant(grantIds: GrantIds, grantId: string | null): string | null {
  if (grantId === null) return null;
  return grantIds.get(grantId) ?? `unknown ${grantId}`;
}

const byGrant = (a: { grantId: string | null }, b: { grantId: string | null }) =>
  (a.grantId ?? '').localeCompare(b.grantId ?? '');

export function entryView(grantIds: GrantIds, entry: LedgerEntry) {
  return {
    seq: entry.seq,
    type: entry.type,
    amount: entry.amount,
    balanceAfter: entry.balanceAfter,
    occurredAt: entry.occurredAt,
    grantId: mapGrant(grantIds, entry.grantId),
    allocations: entry.allocations
      .map((allocation) => ({
        grantId: mapGrant(grantIds, allocation.grantId),
        amount: allocation.amount,
      }))
      .sort(byGrant),
  };
}

export function modelEntryView(entry: ModelEntry) {
  return {
    seq: entry.seq,
    type: entry.type,
    amount: money(entry.amount),
    balanceAfter: money(entry.balanceAfter),
    occurredAt: entry.occurredAt,
    grantId: entry.grantId,
    allocations: entry.allocations
      .map((allocation) => ({ grantId: allocation.grantId, amount: money(allocation.amount) }))
      .sort(byGrant),
  };
}

export function balanceView(grantIds: GrantIds, balance: Balance) {
  return {
    balance: balance.balance,
    available: balance.available,
    grants: balance.grants
      .map((grant) => ({
        grantId: mapGrant(grantIds, grant.id),
        kind: grant.kind,
        original: grant.original,
        remaining: grant.remaining,
        expiresOn: grant.expiresOn,
      }))
      .sort(byGrant),
  };
}

/** In prepaid mode the available amount is the balance itself. */
export function modelBalanceView(target: ModelCustomer) {
  return {
    balance: money(target.balance),
    available: money(target.balance),
    grants: openGrants(target)
      .map((grant) => ({
        grantId: grant.id,
        kind: grant.kind,
        original: money(grant.original),
        remaining: money(grant.remaining),
        expiresOn: grant.expiresOn,
      }))
      .sort(byGrant),
  };
}
