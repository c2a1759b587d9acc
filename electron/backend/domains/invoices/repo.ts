/** Invoices' rows as the list reads them: a page, newest first, and the lines of that page. */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { InvoiceKind, InvoiceStatus } from '../../../../shared/contract/types.ts';
import type { Context } from '../../context.ts';
import { invoiceLines, invoices } from '../../db/schema.ts';
import type { LineRow } from '../../core/invoices.ts';
import { pastDueWhere, type PastDueScope } from '../../core/past-due.ts';
import { allForIds } from '../../storage/id-list.ts';

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

const p = (name: string) => sql.placeholder(name);

/**
 * One more row than the limit, each with its rowid for the cursor. Prepared once for each set of
 * filters a page uses, not built per page.
 */
export function invoicePage(ctx: Context, page: InvoicePage) {
  const { customerId, status, kind, pastDue, beforeRowid } = page;
  const filters = [!!customerId, !!status, !!kind, beforeRowid !== undefined];
  const used = filters.map((on) => (on ? '+' : '-'));
  const key = `invoices.page/${used.join('')}/${pastDue ?? '-'}`;
  const query = ctx.tx.prepared(key, (db) =>
    db
      .select({ row: invoices, rowid: sql<number>`invoices.rowid` })
      .from(invoices)
      .where(
        and(
          customerId ? eq(invoices.customerId, p('customerId')) : undefined,
          status ? eq(invoices.status, p('status')) : undefined,
          kind ? eq(invoices.kind, p('kind')) : undefined,
          pastDue ? pastDueWhere(p('today'), pastDue) : undefined,
          beforeRowid === undefined ? undefined : lt(sql`invoices.rowid`, p('beforeRowid')),
        ),
      )
      .orderBy(desc(sql`invoices.rowid`))
      .limit(p('limit'))
      .prepare(),
  );
  return ctx.tx.all(query, {
    customerId,
    status,
    kind,
    today: page.today,
    beforeRowid,
    limit: page.limit + 1,
  });
}

/** The lines of several invoices at once, each invoice's in position order. */
export async function linesByInvoice(
  ctx: Context,
  invoiceIds: string[],
): Promise<Map<string, LineRow[]>> {
  const byInvoice = new Map<string, LineRow[]>();
  const rows = await allForIds(ctx.tx, 'invoices.lines', invoiceIds, (db, slots) =>
    db.select().from(invoiceLines).where(inArray(invoiceLines.invoiceId, slots)).prepare(),
  );
  for (const line of rows.sort((a, b) => a.position - b.position)) {
    const ofInvoice = byInvoice.get(line.invoiceId);
    if (ofInvoice) ofInvoice.push(line);
    else byInvoice.set(line.invoiceId, [line]);
  }
  return byInvoice;
}
