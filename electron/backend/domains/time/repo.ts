/**
 * Time entries' rows: written once, listed, found by id, and marked deducted by the entry that
 * charged them or invoiced on the invoice that bills them.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TimeRow } from './selection.ts';
import type { Context } from '../../context.ts';
import { hot } from '../../core/hot-queries.ts';
import { timeEntries } from '../../db/schema.ts';

export async function insertTimeEntry(ctx: Context, row: TimeRow): Promise<void> {
  await ctx.tx.run(hot(ctx.tx).insertTimeEntry, row);
}

/** A customer's entries by the day worked, then as recorded; only one status when given. */
export function listTimeEntries(ctx: Context, customerId: string, status?: TimeRow['status']) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(timeEntries)
      .where(
        and(
          eq(timeEntries.customerId, customerId),
          status ? eq(timeEntries.status, status) : undefined,
        ),
      )
      .orderBy(asc(timeEntries.workedOn), asc(timeEntries.createdAt), sql`time_entries.rowid`),
  );
}

export async function markDeducted(ctx: Context, timeEntryId: string, entryId: string) {
  await ctx.tx.run(
    ctx.tx.db
      .update(timeEntries)
      .set({ status: 'deducted', entryId })
      .where(eq(timeEntries.id, timeEntryId)),
  );
}

/** The entries with these ids, in no particular order; ids not found are simply absent. */
export function timeEntriesByIds(ctx: Context, ids: readonly string[]): Promise<TimeRow[]> {
  return ctx.tx.all(ctx.tx.db.select().from(timeEntries).where(inArray(timeEntries.id, ids)));
}

export async function markInvoiced(ctx: Context, ids: readonly string[], invoiceId: string) {
  await ctx.tx.run(
    ctx.tx.db
      .update(timeEntries)
      .set({ status: 'invoiced', invoiceId })
      .where(inArray(timeEntries.id, ids)),
  );
}
