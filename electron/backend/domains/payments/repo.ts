/** Payments: the append-only row a payment writes, and a page of them, newest first. */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { payments } from '../../db/schema.ts';
import type { PaymentRow } from '../../core/payments.ts';

export async function insertPayment(ctx: Context, row: PaymentRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(payments).values(row));
}

export type PaymentPage = {
  customerId?: string;
  invoiceId?: string;
  beforeRowid?: number;
  limit: number;
};

/** One more row than the limit, each with its customer's currency. */
export function paymentPage(ctx: Context, page: PaymentPage) {
  return ctx.tx.all(
    ctx.tx.db
      .select({
        row: payments,
        rowid: sql<number>`payments.rowid`,
        currency: sql<string>`(SELECT currency FROM customers WHERE id = payments.customer_id)`,
      })
      .from(payments)
      .where(
        and(
          page.customerId ? eq(payments.customerId, page.customerId) : undefined,
          page.invoiceId ? eq(payments.invoiceId, page.invoiceId) : undefined,
          page.beforeRowid === undefined ? undefined : lt(sql`payments.rowid`, page.beforeRowid),
        ),
      )
      .orderBy(desc(sql`payments.rowid`))
      .limit(page.limit + 1),
  );
}
