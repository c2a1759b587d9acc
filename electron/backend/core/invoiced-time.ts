/** Time entries billed by an invoice: a voided invoice gives its time back. */
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { timeEntries } from '../db/schema.ts';

function prepareRelease(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return db
    .update(timeEntries)
    .set({ status: 'unbilled', invoiceId: null })
    .where(
      and(
        eq(timeEntries.customerId, p('customerId')),
        eq(timeEntries.status, 'invoiced'),
        eq(timeEntries.invoiceId, p('invoiceId')),
      ),
    )
    .prepare();
}

/** A voided invoice bills nothing: the time it billed can be deducted or invoiced again. The
 * customer narrows the search to their own entries (time_entries_customer). */
export async function releaseInvoicedTime(
  ctx: Context,
  invoice: { id: string; customerId: string },
): Promise<void> {
  await ctx.tx.run(ctx.tx.prepared('invoicedTime.release', prepareRelease), {
    customerId: invoice.customerId,
    invoiceId: invoice.id,
  });
}
