/** Reading balances and ledger entries and turning rows into the contract's shapes. */
import Decimal from 'decimal.js';
import { eq, inArray } from 'drizzle-orm';
import type {
  Balance,
  Grant,
  LedgerEntry,
  LedgerEntryType,
} from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import { minor, toMoney, toMoneyOrNull } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import { grantAllocations, grants } from '../db/schema.ts';
import { compareForSpending } from '../ledger/grant-order.ts';
import type { CustomerRow, EntryRow, Posted } from './post-entry.ts';
import {
  availableMinor,
  refundableMinor,
  reversalBar,
  spendableNowMinor,
} from '../domains/balance/rules.ts';
import { hot } from './hot-queries.ts';
import { allForIds } from '../storage/id-list.ts';

/** Hours are shown to two decimals, rounded down: never promise time the budget cannot pay. */
const HOURS_DECIMALS = 2;

export async function toBalance(ctx: Context, customer: CustomerRow): Promise<Balance> {
  const rows = (await ctx.tx.all(hot(ctx.tx).openGrantRows, { customerId: customer.id })).sort(
    compareForSpending,
  );
  const money = (value: number) => toMoney(minor(value), customer.currency);
  const grantList: Grant[] = rows.map((grant) => ({
    id: grant.id,
    kind: grant.kind,
    original: money(grant.originalMinor),
    remaining: money(grant.remainingMinor),
    expiresOn: grant.expiresOn,
    openedOn: grant.openedOn,
    createdAt: grant.createdAt,
  }));
  return {
    customerId: customer.id,
    currency: customer.currency,
    balance: money(customer.balanceMinor),
    available: toMoneyOrNull(availableMinor(customer), customer.currency),
    spendableNow: toMoneyOrNull(spendableNowMinor(customer), customer.currency),
    refundable: money(refundableMinor(rows)),
    grants: grantList,
    hoursRemaining: hoursRemaining(customer),
  };
}

function hoursRemaining(customer: CustomerRow): string | null {
  if (customer.hourlyRateMinor === null) return null;
  const budget = Math.max(customer.balanceMinor, 0);
  return new Decimal(budget)
    .dividedBy(customer.hourlyRateMinor)
    .toDecimalPlaces(HOURS_DECIMALS, Decimal.ROUND_DOWN)
    .toString();
}

/**
 * What a page knows of reversals: which entries were reversed, by which entry, and which lots
 * were spent. Without it (an entry just posted) nothing is reversed and no lot spent yet.
 */
export type ReversalFacts = {
  reversedBy: ReadonlyMap<string, string>;
  spentLots: ReadonlySet<string>;
};

const NO_FACTS: ReversalFacts = { reversedBy: new Map(), spentLots: new Set() };

export async function toLedgerEntries(
  ctx: Context,
  rows: readonly EntryRow[],
  currency: string,
  facts: ReversalFacts = NO_FACTS,
): Promise<LedgerEntry[]> {
  const ids = rows.map((row) => row.id);
  return shapeEntries(rows, currency, facts, await allocationsOfEntries(ctx, ids));
}

/** An allocation as an entry shows it; a list of them is in the spending order of their lots. */
type Shown = { entryId: string; grantId: string; amountMinor: number };

/** Entries in the contract's shape, from their rows and the allocations already read for them. */
export function shapeEntries(
  rows: readonly EntryRow[],
  currency: string,
  facts: ReversalFacts,
  allocations: readonly Shown[],
): LedgerEntry[] {
  const money = (value: number) => toMoney(minor(value), currency);
  const byEntry = new Map<string, Shown[]>();
  for (const allocation of allocations) {
    const ofEntry = byEntry.get(allocation.entryId);
    if (ofEntry) ofEntry.push(allocation);
    else byEntry.set(allocation.entryId, [allocation]);
  }
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customerId,
    seq: row.seq,
    type: row.type as LedgerEntryType,
    amount: money(row.amountMinor),
    balanceAfter: money(row.balanceAfterMinor),
    occurredAt: row.occurredAt,
    actorId: row.actorId,
    reason: row.reason,
    description: row.description,
    invoiceId: row.invoiceId,
    paymentId: row.paymentId,
    creditNoteId: row.creditNoteId,
    timeEntryId: row.timeEntryId,
    grantId: row.grantId,
    effectiveOn: row.effectiveOn,
    reversesEntryId: row.reversesEntryId,
    reversedByEntryId: facts.reversedBy.get(row.id) ?? null,
    reversible: isReversible(row, facts),
    allocations: (byEntry.get(row.id) ?? []).map((allocation) => ({
      grantId: allocation.grantId,
      amount: money(allocation.amountMinor),
    })),
  }));
}

/** The rule `balance.reverse` applies, read from the row and the page's facts. */
function isReversible(row: EntryRow, facts: ReversalFacts): boolean {
  if (reversalBar(row) !== null || facts.reversedBy.has(row.id)) return false;
  return row.amountMinor < 0 || row.grantId === null || !facts.spentLots.has(row.grantId);
}

/**
 * An entry just posted, shown with the allocations `postEntry` wrote for it, as `toLedgerEntries`
 * would read them back (in their lots' spending order), without reading them back.
 */
export function toPostedEntry(posted: Pick<Posted, 'entry' | 'allocations'>, currency: string) {
  const allocations = [...posted.allocations]
    .sort((a, b) => compareForSpending(a.lot, b.lot))
    .map((taken) => ({ ...taken, entryId: posted.entry.id }));
  const [entry] = shapeEntries([posted.entry], currency, NO_FACTS, allocations);
  assert(entry, 'an entry maps to one entry');
  return entry;
}

export type EntryAllocation = Awaited<ReturnType<typeof allocationsOfEntries>>[number];

/**
 * The allocations of entries, with their lots' kind and expiry, in the order each debit took
 * them: the grants' spending order, which never changes. A history page reads them once for both
 * what each entry shows and its lots (core/entry-details.ts).
 */
export async function allocationsOfEntries(ctx: Context, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  if (entryIds.length === 1) {
    return (await ctx.tx.all(hot(ctx.tx).allocationsOfEntry, { entryId: entryIds[0] })).sort(
      compareForSpending,
    );
  }
  return (
    await allForIds(ctx.tx, 'balances.allocationsOf', entryIds, (db, slots) =>
      db
        .select({
          entryId: grantAllocations.entryId,
          grantId: grantAllocations.grantId,
          amountMinor: grantAllocations.amountMinor,
          id: grants.id,
          kind: grants.kind,
          remainingMinor: grants.remainingMinor,
          expiresOn: grants.expiresOn,
          createdSeq: grants.createdSeq,
        })
        .from(grantAllocations)
        .innerJoin(grants, eq(grants.id, grantAllocations.grantId))
        .where(inArray(grantAllocations.entryId, slots))
        .prepare(),
    )
  ).sort(compareForSpending);
}
