/**
 * Time entries' rows: written once, listed, found by id, and marked deducted by the entry that
 * charged them or invoiced on the invoice that bills them.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TimeRow } from './selection.ts';
import type { Context } from '../../context.ts';
import type { Db } from '../../db/open.ts';
import { allForIds } from '../../storage/id-list.ts';
import { hot } from '../../core/hot-queries.ts';
import { timeEntries } from '../../db/schema.ts';

export async function insertTimeEntry(ctx: Context, row: TimeRow): Promise<void> {
  await ctx.tx.run(hot(ctx.tx).insertTimeEntry, row);
}

const p = (name: string) => sql.placeholder(name);

/** A customer's entries, all or of one status, and marking one deducted: prepared once. */
function prepareTimeQueries(db: Db) {
  const listed = (byStatus: boolean) =>
    db
      .select()
      .from(timeEntries)
      .where(
        and(
          eq(timeEntries.customerId, p('customerId')),
          byStatus ? eq(timeEntries.status, p('status')) : undefined,
        ),
      )
      .orderBy(asc(timeEntries.workedOn), asc(timeEntries.createdAt), sql`time_entries.rowid`)
      .prepare();
  return {
    all: listed(false),
    ofStatus: listed(true),
    markDeducted: db
      .update(timeEntries)
      .set({ status: 'deducted', entryId: p('entryId') as never })
      .where(eq(timeEntries.id, p('id')))
      .prepare(),
  };
}

const queries = (ctx: Context) => ctx.tx.prepared('time', prepareTimeQueries);

/** A customer's entries by the day worked, then as recorded; only one status when given. */
export function listTimeEntries(ctx: Context, customerId: string, status?: TimeRow['status']) {
  return status
    ? ctx.tx.all(queries(ctx).ofStatus, { customerId, status })
    : ctx.tx.all(queries(ctx).all, { customerId });
}

export async function markDeducted(ctx: Context, timeEntryId: string, entryId: string) {
  await ctx.tx.run(queries(ctx).markDeducted, { entryId, id: timeEntryId });
}

/** The entries with these ids, in no particular order; ids not found are simply absent. */
export function timeEntriesByIds(ctx: Context, ids: readonly string[]): Promise<TimeRow[]> {
  return allForIds(ctx.tx, 'time.byIds', ids, (db, slots) =>
    db.select().from(timeEntries).where(inArray(timeEntries.id, slots)).prepare(),
  );
}

export async function markInvoiced(ctx: Context, ids: readonly string[], invoiceId: string) {
  await ctx.tx.run(
    ctx.tx.db
      .update(timeEntries)
      .set({ status: 'invoiced', invoiceId })
      .where(inArray(timeEntries.id, ids)),
  );
}
