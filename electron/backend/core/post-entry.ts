/**
 * Appends one balance entry: the only code that writes `ledger_entries`. It keeps the running
 * balance on the customer row, chains the entry's hash to the previous one, creates the grant of
 * a positive entry (after paying any debt first) and records what a negative entry took from
 * each grant. Callers decide whether the entry is allowed; this module asserts it is coherent,
 * and refuses (VALIDATION on the request's field) an entry that would take the balance past
 * plus or minus BALANCE_MINOR_MAX, so no path can carry a balance beyond a safe integer.
 */
import type { GrantKind, LedgerEntryType } from '../../../shared/contract/types.ts';
import { AppError, assert } from '../../../shared/errors.ts';
import { BALANCE_MINOR_MAX } from '../../../shared/money-limits.ts';
import {
  addMinor,
  largerMinor,
  smallerMinor,
  moneyInWords,
  negate,
  subtractMinor,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../shared/money.ts';
import { recordGrant } from '../audit/records.ts';
import type { Context } from '../context.ts';
import type { customers, ledgerEntries } from '../db/schema.ts';
import { allocate, type Allocation } from '../ledger/grant-order.ts';
import { entryHash, newId } from '../ledger/hash.ts';
import { allocationRow, lotRow, type Lot } from './allocation-rows.ts';
import { hot } from './hot-queries.ts';
import { restorations, takeFirst, type ReversalLots } from './reversal-lots.ts';

export { entryHash };

export type CustomerRow = typeof customers.$inferSelect;
export type EntryRow = typeof ledgerEntries.$inferSelect;

export type EntryLinks = {
  invoiceId?: string | null;
  paymentId?: string | null;
  creditNoteId?: string | null;
  timeEntryId?: string | null;
};

export type PostEntry = {
  customer: CustomerRow;
  type: LedgerEntryType;
  /** Signed: positive credits the customer, negative debits. */
  amountMinor: MinorUnits;
  reason?: string | null;
  description?: string | null;
  links?: EntryLinks;
  /** For credits: the kind and expiry of the grant it creates. */
  grant?: { kind: GrantKind; expiresOn: string | null };
  /** For debits: which grant kinds it may take from (a refund takes only paid credit). */
  spendKinds?: readonly GrantKind[];
  /** For expiry: the one grant it empties, and the moment it happened. */
  expiring?: { grantId: string; occurredAt: string };
  /** The input field a refusal of the balance's limit names; `amount` by default. */
  field?: string;
  /** The business date it takes effect (YYYY-MM-DD); today's by default. */
  effectiveOn?: string;
  /** A reversal: the entry it undoes, and the lots it takes first or gives back (reversal-lots.ts). */
  reverses?: ReversalLots;
};

/** What an entry took from (negative: gave back to) one lot, with the lot as it was read. */
export type Taken = Allocation & { lot: Lot };

/** `allocations`: every allocation the entry wrote, in the order it wrote them. */
export type Posted = { entry: EntryRow; customer: CustomerRow; allocations: Taken[] };

export async function openGrants(ctx: Context, customerId: string): Promise<Lot[]> {
  return await ctx.tx.all(hot(ctx.tx).openGrants, { customerId });
}

export async function postEntry(ctx: Context, request: PostEntry): Promise<Posted> {
  const { customer, amountMinor } = request;
  assert(Number.isSafeInteger(amountMinor) && amountMinor !== 0, 'entry amount must be non-zero');
  const seq = customer.lastSeq + 1;
  const balanceAfterMinor = addMinor(customer.balanceMinor, amountMinor);
  refuseBalancePastLimit(request, balanceAfterMinor);
  const entryId = newId('ent');
  const occurredAt = await notBefore(ctx, customer, request.expiring?.occurredAt ?? ctx.nowAt);
  const taken = amountMinor < 0 ? await debitAllocations(ctx, request) : [];
  const creditMinor =
    amountMinor > 0
      ? subtractMinor(amountMinor, smallerMinor(amountMinor, debtOf(customer)))
      : ZERO_MINOR;
  const restored = restorations(request.reverses, creditMinor);
  const newGrantMinor = subtractMinor(creditMinor, restored.totalMinor);
  const grantId = newGrantMinor > 0 ? newId('grt') : (request.expiring?.grantId ?? null);
  const links = request.links ?? {};
  const fields = {
    id: entryId,
    customerId: customer.id,
    seq,
    type: request.type,
    amountMinor,
    balanceAfterMinor,
    occurredAt,
    effectiveOn: request.effectiveOn ?? ctx.today,
    actorId: ctx.actor.id,
    reason: request.reason ?? null,
    description: request.description ?? null,
    invoiceId: links.invoiceId ?? null,
    paymentId: links.paymentId ?? null,
    creditNoteId: links.creditNoteId ?? null,
    timeEntryId: links.timeEntryId ?? null,
    grantId,
    reversesEntryId: request.reverses?.entryId ?? null,
    prevHash: customer.lastEntryHash,
  };
  const entry: EntryRow = { ...fields, hash: entryHash(fields) };
  await ctx.tx.run(hot(ctx.tx).insertEntry, entry);
  if (grantId !== null && newGrantMinor > 0) await insertGrant(ctx, request, entry, newGrantMinor);
  for (const allocation of taken) await applyAllocation(ctx, entry, allocation);
  const given: Taken[] = [];
  for (const back of restored.allocations) given.push(await restoreAllocation(ctx, entry, back));
  const updated = { balanceMinor: balanceAfterMinor, lastSeq: seq, lastEntryHash: entry.hash };
  await ctx.tx.run(hot(ctx.tx).updateCustomerLedger, { ...updated, id: customer.id });
  return { entry, customer: { ...customer, ...updated }, allocations: [...taken, ...given] };
}

/**
 * Both terms are within the limits, so their sum is still a safe integer here; past the limit
 * the whole call is refused before anything is written.
 */
export function refuseBalancePastLimit(
  request: Pick<PostEntry, 'customer' | 'field'>,
  balanceAfterMinor: MinorUnits,
): void {
  assert(Number.isSafeInteger(balanceAfterMinor), 'balance out of range');
  if (Math.abs(balanceAfterMinor) <= BALANCE_MINOR_MAX) return;
  const field = request.field ?? 'amount';
  const limit = moneyInWords(BigInt(BALANCE_MINOR_MAX), request.customer.currency);
  const side = balanceAfterMinor > 0 ? 'above' : 'below minus';
  throw new AppError(
    'VALIDATION',
    `This would take the balance ${side} ${limit}, the most a balance may hold`,
    field,
  );
}

/**
 * A customer's entries never go back in time, even if the system clock does, so that a
 * statement's opening balance plus its entries is always its closing balance.
 */
async function notBefore(ctx: Context, customer: CustomerRow, occurredAt: string): Promise<string> {
  if (customer.lastSeq === 0) return occurredAt;
  const previous = await ctx.tx.get(hot(ctx.tx).entryAt, {
    customerId: customer.id,
    seq: customer.lastSeq,
  });
  return previous && previous.occurredAt > occurredAt ? previous.occurredAt : occurredAt;
}

/**
 * Only the positive part of a debit spends grants; what goes below zero becomes debt. Each
 * allocation is of a lot read here, which carries what its allocation row copies.
 */
async function debitAllocations(ctx: Context, request: PostEntry): Promise<Taken[]> {
  const open = await openGrants(ctx, request.customer.id);
  if (request.expiring) {
    const grant = open.find((candidate) => candidate.id === request.expiring?.grantId);
    assert(
      grant && grant.remainingMinor === negate(request.amountMinor),
      'expiry must empty its grant',
    );
    return [{ grantId: grant.id, amountMinor: grant.remainingMinor, lot: grant }];
  }
  const spendable = smallerMinor(
    negate(request.amountMinor),
    largerMinor(request.customer.balanceMinor, ZERO_MINOR),
  );
  const first = takeFirst(request.reverses, open);
  const rest = open.filter((grant) => grant.id !== first?.grantId);
  const left = subtractMinor(spendable, first?.amountMinor ?? ZERO_MINOR);
  const allocations = [...(first ? [first] : []), ...allocate(rest, left, request.spendKinds)];
  const taken = allocations.reduce((total, allocation) => total + allocation.amountMinor, 0);
  assert(taken === spendable, () => `grants hold ${taken} but the balance spends ${spendable}`);
  return allocations.map((allocation) => {
    const lot = open.find((grant) => grant.id === allocation.grantId);
    assert(lot !== undefined, () => `grant ${allocation.grantId} is an open lot of the customer`);
    return { ...allocation, lot };
  });
}

function debtOf(customer: CustomerRow): MinorUnits {
  return largerMinor(negate(customer.balanceMinor), ZERO_MINOR);
}

async function insertGrant(
  ctx: Context,
  request: PostEntry,
  entry: EntryRow,
  amountMinor: MinorUnits,
): Promise<void> {
  const kind = request.grant?.kind ?? 'paid';
  const expiresOn = request.grant?.expiresOn ?? null;
  const lot = lotRow(entry, { kind, expiresOn }, amountMinor);
  await ctx.tx.run(hot(ctx.tx).insertGrant, lot);
  // Kind and expiry are in no entry's hash: the lot's audit record holds them for verification.
  await recordGrant(ctx, lot.id, {
    entryId: entry.id,
    kind,
    originalMinor: amountMinor,
    expiresOn,
  });
}

/**
 * Gives back to a lot what the reversed debit took: an allocation of the negative amount. The lot
 * may be spent out, so it is read here (reversals only); returns what was written.
 */
async function restoreAllocation(ctx: Context, entry: EntryRow, given: Allocation) {
  const lot = await ctx.tx.get(hot(ctx.tx).lotById, { grantId: given.grantId });
  assert(lot !== undefined, () => `grant ${given.grantId} is not in the book`);
  const back: Taken = { grantId: given.grantId, amountMinor: negate(given.amountMinor), lot };
  await ctx.tx.run(hot(ctx.tx).insertAllocation, allocationRow(entry, back, lot));
  const result = await ctx.tx.run(hot(ctx.tx).restoreGrant, given);
  assert(
    result.changes === 1,
    () => `grant ${given.grantId} cannot take back ${given.amountMinor}`,
  );
  return back;
}

async function applyAllocation(ctx: Context, entry: EntryRow, taken: Taken) {
  await ctx.tx.run(hot(ctx.tx).insertAllocation, allocationRow(entry, taken, taken.lot));
  const result = await ctx.tx.run(hot(ctx.tx).spendGrant, taken);
  assert(result.changes === 1, () => `grant ${taken.grantId} cannot give ${taken.amountMinor}`);
}
