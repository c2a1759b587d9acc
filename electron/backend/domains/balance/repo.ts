/**
 * The balance domain's own queries: a page of one customer's entries, newest first, and what a
 * reversal needs to know of an entry (its reversal, its lot, what spent that lot).
 */
import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import type { Db } from '../../db/open.ts';
import { hot } from '../../core/hot-queries.ts';
import { grantAllocations, grants, invoices, ledgerEntries } from '../../db/schema.ts';
import type { EntryLinks } from '../../core/entry-links.ts';
import { allForIds } from '../../storage/id-list.ts';

const p = (name: string) => sql.placeholder(name);

export type EntryPage = {
  customerId: string;
  beforeSeq?: number;
  /** Business dates, inclusive: entries taking effect from `fromOn` through `toOn`. */
  fromOn?: string;
  toOn?: string;
  limit: number;
};

/** One more row than the limit, so the caller knows whether a next page exists. */
export function entryPage(ctx: Context, page: EntryPage) {
  const { beforeSeq, fromOn, toOn } = page;
  // Prepared once for each set of filters a page uses (eight at most), not built per page.
  const filters = [beforeSeq, fromOn, toOn].map((each) => (each === undefined ? '-' : '+'));
  const key = `balance.entryPage/${filters.join('')}`;
  const query = ctx.tx.prepared(key, (db) =>
    db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, p('customerId')),
          beforeSeq === undefined ? undefined : lt(ledgerEntries.seq, p('beforeSeq')),
          fromOn === undefined ? undefined : gte(ledgerEntries.effectiveOn, p('fromOn')),
          toOn === undefined ? undefined : lte(ledgerEntries.effectiveOn, p('toOn')),
        ),
      )
      .orderBy(desc(ledgerEntries.seq))
      .limit(p('limit'))
      .prepare(),
  );
  return ctx.tx.all(query, {
    customerId: page.customerId,
    beforeSeq,
    fromOn,
    toOn,
    limit: page.limit + 1,
  });
}

/** What a reversal reads of one entry and its lot, prepared once per storage. */
function prepareReversalQueries(db: Db) {
  return {
    entryById: db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.id, p('id')))
      .prepare(),
    reversalOf: db
      .select({ id: ledgerEntries.id, seq: ledgerEntries.seq })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.reversesEntryId, p('entryId')))
      .prepare(),
    lotOf: db
      .select()
      .from(grants)
      .where(eq(grants.id, p('id')))
      .prepare(),
  };
}

const reversalQueries = (ctx: Context) =>
  ctx.tx.prepared('balance.reversal', prepareReversalQueries);

export async function entryById(ctx: Context, entryId: string) {
  return await ctx.tx.get(reversalQueries(ctx).entryById, { id: entryId });
}

/** What a debit took from each lot, with the lots' spending order. */
export async function allocationsOf(ctx: Context, entryId: string) {
  return await ctx.tx.all(hot(ctx.tx).allocationsOfEntry, { entryId });
}

/** The reversal of an entry, if it has one (at most one: a unique index). */
export async function reversalOf(ctx: Context, entryId: string) {
  return await ctx.tx.get(reversalQueries(ctx).reversalOf, { entryId });
}

export async function lotOf(ctx: Context, grantId: string) {
  return await ctx.tx.get(reversalQueries(ctx).lotOf, { id: grantId });
}

/** The first entry that took from a lot, with the number of the invoice it paid, if any. */
export async function firstSpenderOf(ctx: Context, grantId: string) {
  return await ctx.tx.get(
    ctx.tx.db
      .select({
        seq: ledgerEntries.seq,
        type: ledgerEntries.type,
        invoiceNumber: invoices.number,
      })
      .from(grantAllocations)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, grantAllocations.entryId))
      .leftJoin(invoices, eq(invoices.id, ledgerEntries.invoiceId))
      .where(and(eq(grantAllocations.grantId, grantId), sql`${grantAllocations.amountMinor} > 0`))
      .orderBy(asc(ledgerEntries.seq))
      .limit(1),
  );
}

/**
 * For a page of entries: which were reversed (by which entry: the page's links, already read),
 * and which lots were spent, read by the lots' ids, so a page costs its size.
 */
export async function reversalFacts(
  ctx: Context,
  entries: readonly { id: string; grantId: string | null }[],
  links: EntryLinks,
) {
  const grantIds = entries.flatMap((entry) => (entry.grantId === null ? [] : [entry.grantId]));
  const lots = await allForIds(ctx.tx, 'balance.spentLotsOf', grantIds, (db, slots) =>
    db
      .select({ id: grants.id })
      .from(grants)
      .where(
        and(
          // By the lots' own ids (the primary key), not by their entries (no index).
          inArray(grants.id, slots),
          sql`${grants.remainingMinor} <> ${grants.originalMinor}`,
        ),
      )
      .prepare(),
  );
  const reversedBy = new Map([...links.reversedBy].map(([entryId, link]) => [entryId, link.id]));
  return { reversedBy, spentLots: new Set(lots.map((lot) => lot.id)) };
}
