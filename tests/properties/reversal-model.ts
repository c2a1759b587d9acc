/**
 * The reference model of SPEC 12's reversals, over the ledger model (ledger-model.ts), written
 * from the rules in docs/rules.md and not from the engine: a reversed credit takes back its own
 * lot whole (refused once anything took from it), the rest as an ordinary debit; a reversed debit
 * pays today's debt first, then gives back to its lots in the reverse of the spending order, the
 * rest forming a paid lot; a lot given back after its expiry day expires again at once.
 */
import {
  append,
  expire,
  spendingOrder,
  today,
  type LedgerModel,
  type ModelAllocation,
  type ModelCustomer,
  type ModelEntry,
  type ModelGrant,
  type ModelOutcome,
} from './ledger-model.ts';

/** Per customer: the seqs of entries reversed and of reversals, which are never reversed. */
export type Reversals = Map<ModelCustomer, Set<number>>;

export function reverse(
  model: LedgerModel,
  customer: ModelCustomer,
  seq: number,
  reversals: Reversals,
): ModelOutcome {
  const closed = reversals.get(customer) ?? new Set<number>();
  reversals.set(customer, closed);
  const original = customer.entries.find((entry) => entry.seq === seq);
  if (!original) return { ok: false, error: { code: 'NOT_FOUND', field: 'entryId' } };
  const lot = customer.grants.find((grant) => grant.id === original.grantId);
  const spent = original.amount > 0 && lot !== undefined && lot.remaining !== lot.original;
  if (original.type === 'expiration' || closed.has(seq) || spent) {
    return { ok: false, error: { code: 'CONFLICT', field: 'entryId' } };
  }
  const entry =
    original.amount > 0
      ? takeBack(model, customer, original.amount, lot)
      : giveBack(model, customer, original);
  closed.add(seq);
  closed.add(entry.seq);
  return { ok: true, entry };
}

function takeBack(model: LedgerModel, customer: ModelCustomer, amount: number, lot?: ModelGrant) {
  let spendable = Math.min(amount, Math.max(customer.balance, 0));
  const allocations: ModelAllocation[] = [];
  if (lot && lot.remaining > 0) {
    allocations.push({ grantId: lot.id, amount: lot.remaining });
    spendable -= lot.remaining;
    lot.remaining = 0;
  }
  for (const grant of customer.grants.filter((g) => g.remaining > 0).sort(spendingOrder)) {
    if (spendable === 0) break;
    const taken = Math.min(spendable, grant.remaining);
    grant.remaining -= taken;
    spendable -= taken;
    allocations.push({ grantId: grant.id, amount: taken });
  }
  const occurredAt = new Date(model.now).toISOString();
  return append(customer, {
    type: 'reversal',
    amount: -amount,
    occurredAt,
    grantId: null,
    allocations,
  });
}

function giveBack(model: LedgerModel, customer: ModelCustomer, original: ModelEntry) {
  const amount = -original.amount;
  let left = amount - Math.min(amount, Math.max(-customer.balance, 0));
  const taken = original.allocations
    .map((allocation) => ({
      allocation,
      grant: customer.grants.find((g) => g.id === allocation.grantId),
    }))
    .sort((a, b) => (a.grant && b.grant ? spendingOrder(b.grant, a.grant) : 0));
  for (const { allocation, grant } of taken) {
    if (left === 0 || !grant) break;
    const given = Math.min(left, allocation.amount);
    grant.remaining += given;
    left -= given;
  }
  const occurredAt = new Date(model.now).toISOString();
  let grantId: string | null = null;
  if (left > 0) {
    model.grantsCreated += 1;
    grantId = `g${model.grantsCreated}`;
    const created = model.grantsCreated;
    customer.grants.push({
      id: grantId,
      created,
      createdAt: occurredAt,
      kind: 'paid',
      original: left,
      remaining: left,
      expiresOn: null,
    });
  }
  const entry = append(customer, {
    type: 'reversal',
    amount,
    occurredAt,
    grantId,
    allocations: [],
  });
  const date = today(model);
  const due = customer.grants
    .filter((g) => g.remaining > 0 && g.expiresOn !== null && g.expiresOn < date)
    .sort((a, b) =>
      (a.expiresOn ?? '') < (b.expiresOn ?? '')
        ? -1
        : a.expiresOn === b.expiresOn
          ? a.created - b.created
          : 1,
    );
  for (const grant of due) expire(model, customer, grant);
  return entry;
}
