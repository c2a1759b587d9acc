/**
 * Payments: the append-only row a payment writes, a page of them, newest first, and the debt
 * notices a plain payment settles first.
 */
import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { ZERO_MINOR } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import { invoices, payments } from '../../db/schema.ts';
import { hot } from '../../core/hot-queries.ts';
import type { PaymentRow } from '../../core/payments.ts';

export async function insertPayment(ctx: Context, row: PaymentRow): Promise<void> {
  await ctx.tx.run(hot(ctx.tx).insertPayment, row);
}

export type PaymentPage = {
  customerId?: string;
  invoiceId?: string;
  beforeRowid?: number;
  limit: number;
};

const p = (name: string) => sql.placeholder(name);

/**
 * One more row than the limit, each with its customer's currency. Prepared once for each set of
 * filters a page uses, not built per page.
 */
export function paymentPage(ctx: Context, page: PaymentPage) {
  const { customerId, invoiceId, beforeRowid } = page;
  const used = [!!customerId, !!invoiceId, beforeRowid !== undefined].map((on) => (on ? '+' : '-'));
  const query = ctx.tx.prepared(`payments.page/${used.join('')}`, (db) =>
    db
      .select({
        row: payments,
        rowid: sql<number>`payments.rowid`,
        currency: sql<string>`(SELECT currency FROM customers WHERE id = payments.customer_id)`,
      })
      .from(payments)
      .where(
        and(
          customerId ? eq(payments.customerId, p('customerId')) : undefined,
          invoiceId ? eq(payments.invoiceId, p('invoiceId')) : undefined,
          beforeRowid === undefined ? undefined : lt(sql`payments.rowid`, p('beforeRowid')),
        ),
      )
      .orderBy(desc(sql`payments.rowid`))
      .limit(p('limit'))
      .prepare(),
  );
  return ctx.tx.all(query, { customerId, invoiceId, beforeRowid, limit: page.limit + 1 });
}

/**
 * A customer's debt notices still asking for money (open or written off), oldest first: the
 * invoices a payment recorded without an invoice settles before anything else (SPEC 12).
 */
export function openDebtNotices(ctx: Context, customerId: string) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(invoices)
      .where(
        and(
          eq(invoices.customerId, customerId),
          eq(invoices.kind, 'balance_due'),
          inArray(invoices.status, ['open', 'uncollectible']),
          gt(invoices.amountDueMinor, ZERO_MINOR),
        ),
      )
      .orderBy(asc(invoices.issueDate), asc(invoices.numberSeq)),
  );
}
