/**
 * The queries only imports run: the customers an import matches against, the invoice numbers
 * already in the book, the batches and the items each wrote, and what has spent a batch's lots
 * or touched its invoices and customers since (the questions undo asks).
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import {
  customers,
  grantAllocations,
  grants,
  importBatches,
  importBatchItems,
  invoices,
  ledgerEntries,
  settings,
} from '../../db/schema.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import type { ExistingCustomer } from '../../imports/customer-match.ts';

import { IMPORTED_ORIGIN, type BatchRow } from './rules.ts';

export type { BatchRow };
export type BatchItemRow = typeof importBatchItems.$inferSelect;

/** Every customer not archived, as the matcher needs them (archived ones are never matched). */
export async function matchableCustomers(ctx: Context): Promise<ExistingCustomer[]> {
  return await ctx.tx.all(
    ctx.tx.db
      .select({
        id: customers.id,
        externalId: customers.externalId,
        name: customers.name,
        email: customers.email,
        currency: customers.currency,
      })
      .from(customers)
      .where(isNull(customers.archivedAt)),
  );
}

/**
 * The number of every invoice in the book that has one, but an imported invoice whose import
 * was undone (void, origin import): taken back, its number may come back with the file.
 */
export async function invoiceNumbers(ctx: Context): Promise<string[]> {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select({ number: invoices.number })
      .from(invoices)
      .where(
        sql`${invoices.number} IS NOT NULL
          AND NOT (${invoices.status} = 'void' AND ${invoices.origin} = ${IMPORTED_ORIGIN})`,
      ),
  );
  return rows.flatMap((row) => (row.number === null ? [] : [row.number]));
}

/** The batch of this file and kind that stands (not undone), if any. */
export async function standingBatch(
  ctx: Context,
  file: { sha256: string; kind: string },
): Promise<BatchRow | undefined> {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(importBatches)
      .where(
        and(
          eq(importBatches.sha256, file.sha256),
          eq(importBatches.kind, file.kind),
          isNull(importBatches.undoneAt),
        ),
      ),
  );
  return rows[0];
}

export async function batchById(ctx: Context, batchId: string): Promise<BatchRow | undefined> {
  const rows = await ctx.tx.all(
    ctx.tx.db.select().from(importBatches).where(eq(importBatches.id, batchId)),
  );
  return rows[0];
}

/** Newest first, the id breaking ties of one instant. */
export async function allBatches(ctx: Context): Promise<BatchRow[]> {
  return await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(importBatches)
      .orderBy(desc(importBatches.importedAt), desc(importBatches.id)),
  );
}

export async function insertBatch(ctx: Context, row: BatchRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(importBatches).values(row));
}

export async function insertBatchItems(ctx: Context, rows: readonly BatchItemRow[]): Promise<void> {
  await ctx.tx.runEach(
    ctx.tx.prepared('imports.insertItem', (db) =>
      db
        .insert(importBatchItems)
        .values({
          batchId: sql.placeholder('batchId'),
          position: sql.placeholder('position'),
          row: sql.placeholder('row'),
          entityType: sql.placeholder('entityType'),
          entityId: sql.placeholder('entityId'),
          effectiveOn: sql.placeholder('effectiveOn'),
          beforeJson: sql.placeholder('beforeJson'),
        })
        .prepare(),
    ),
    rows,
  );
}

/** Undo's mark: who, when and why; the trigger lets it be set once. */
export async function markUndone(ctx: Context, row: BatchRow): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db
      .update(importBatches)
      .set({ undoneAt: row.undoneAt, undoneBy: row.undoneBy, undoReason: row.undoReason })
      .where(eq(importBatches.id, row.id)),
  );
}

export async function itemsOf(ctx: Context, batchId: string): Promise<BatchItemRow[]> {
  return await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(importBatchItems)
      .where(eq(importBatchItems.batchId, batchId))
      .orderBy(asc(importBatchItems.position)),
  );
}

export type EntryWithLot = {
  entry: typeof ledgerEntries.$inferSelect;
  lotOriginalMinor: number | null;
  lotRemainingMinor: number | null;
};

export async function entryWithLot(ctx: Context, entryId: string): Promise<EntryWithLot> {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select({
        entry: ledgerEntries,
        lotOriginalMinor: grants.originalMinor,
        lotRemainingMinor: grants.remainingMinor,
      })
      .from(ledgerEntries)
      // By the lot's key (an entry names the lot it formed), not by grants.entry_id, which has no
      // index: an undo asks this of every entry of its batch.
      .leftJoin(
        grants,
        and(eq(grants.id, ledgerEntries.grantId), eq(grants.entryId, ledgerEntries.id)),
      )
      .where(eq(ledgerEntries.id, entryId)),
  );
  const [found] = rows;
  if (!found) throw new Error(`import item names no entry ${entryId}`);
  return found;
}

/** The first entry that took from the lot an entry created: what spent it. */
export async function firstSpender(ctx: Context, entryId: string) {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select({
        id: ledgerEntries.id,
        type: ledgerEntries.type,
        description: ledgerEntries.description,
        occurredAt: ledgerEntries.occurredAt,
      })
      .from(grantAllocations)
      .innerJoin(grants, eq(grants.id, grantAllocations.grantId))
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, grantAllocations.entryId))
      .where(eq(grants.entryId, entryId))
      .orderBy(asc(ledgerEntries.seq))
      .limit(1),
  );
  return rows[0];
}

/** An open invoice of the customer, if any (archiving asks the same). */
export async function openInvoiceOf(ctx: Context, customerId: string) {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select({ id: invoices.id, number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.customerId, customerId), eq(invoices.status, 'open')))
      .limit(1),
  );
  return rows[0];
}

/** The payment terms a new customer takes when the row gives none. */
export async function paymentTermsDefault(ctx: Context): Promise<number> {
  const row = await ctx.tx.get(ctx.tx.db.select().from(settings));
  return row?.defaultPaymentTermsDays ?? 14;
}

export async function insertCustomer(ctx: Context, row: CustomerRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(customers).values(row));
}

export async function saveCustomer(ctx: Context, next: CustomerRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.update(customers).set(next).where(eq(customers.id, next.id)));
}
