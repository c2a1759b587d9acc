/** Invoices' rows as the list reads them: a page, newest first, and the lines of that page. */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { InvoiceKind, InvoiceStatus } from '../../../../shared/contract/types.ts';
import type { Context } from '../../context.ts';
import { invoiceLines, invoices } from '../../db/schema.ts';
import type { LineRow } from '../../core/invoices.ts';
import { pastDueWhere, type PastDueScope } from '../../core/past-due.ts';

export type InvoicePage = {
  customerId?: string;
  status?: InvoiceStatus;
  kind?: InvoiceKind;
  pastDue?: PastDueScope;
  /** Business date against which an invoice is past due. */
  today: string;
  beforeRowid?: number;
  limit: number;
};

/** One more row than the limit, each with its rowid for the cursor. */
export function invoicePage(ctx: Context, page: InvoicePage) {
  return ctx.tx.all(
    ctx.tx.db
      .select({ row: invoices, rowid: sql<number>`invoices.rowid` })
      .from(invoices)
      .where(
        and(
          page.customerId ? eq(invoices.customerId, page.customerId) : undefined,
          page.status ? eq(invoices.status, page.status) : undefined,
          page.kind ? eq(invoices.kind, page.kind) : undefined,
          page.pastDue ? pastDueWhere(page.today, page.pastDue) : undefined,
          page.beforeRowid === undefined ? undefined : lt(sql`invoices.rowid`, page.beforeRowid),
        ),
      )
      .orderBy(desc(sql`invoices.rowid`))
      .limit(page.limit + 1),
  );
}

/** The lines of several invoices at once, each invoice's in position order. */
export async function linesByInvoice(
  ctx: Context,
  invoiceIds: string[],
): Promise<Map<string, LineRow[]>> {
  const byInvoice = new Map<string, LineRow[]>();
  if (invoiceIds.length === 0) return byInvoice;
  const rows = await ctx.tx.all(
    ctx.tx.db.select().from(invoiceLines).where(inArray(invoiceLines.invoiceId, invoiceIds)),
  );
  for (const line of rows.sort((a, b) => a.position - b.position)) {
    byInvoice.set(line.invoiceId, [...(byInvoice.get(line.invoiceId) ?? []), line]);
  }
  return byInvoice;
}
