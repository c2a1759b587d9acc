/**
 * Overdue blocking of a credit limit (SPEC 4). A credit-limit customer with a balance-due invoice
 * still unpaid after its due date is blocked: charges may then only spend positive balance. The
 * block lifts by itself when no overdue balance-due invoice is left unpaid, or when an admin
 * unblocks it; after an admin's unblock only invoices that fall overdue later block again.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import { endOfDate } from '../../../shared/dates.ts';
import { writeAudit } from '../audit/write.ts';
import { asSystem, type Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { customers, invoices } from '../db/schema.ts';
import { unpaidNoticesOf } from './past-due.ts';
import type { CustomerRow } from './post-entry.ts';

export type BlockChange = 'blocked' | 'unblocked' | null;

const p = (name: string) => sql.placeholder(name);

/** The block's two queries, prepared once per storage: every call of a limit customer runs one. */
function prepareBlockQueries(db: Db) {
  return {
    overdue: db
      .select({ id: invoices.id, number: invoices.number, dueDate: invoices.dueDate })
      .from(invoices)
      .where(and(unpaidNoticesOf(p('customerId')), lt(invoices.dueDate, p('today'))))
      .prepare(),
    setBlocked: db
      .update(customers)
      // Placeholders as values (not SQL), so the column's own encoding turns the flag into 1 or 0.
      .set({ creditLimitBlocked: p('blocked') as never, updatedAt: p('updatedAt') as never })
      .where(eq(customers.id, p('id')))
      .prepare(),
  };
}

const queries = (ctx: Context) => ctx.tx.prepared('creditBlock', prepareBlockQueries);

async function overdueInvoice(ctx: Context, customer: CustomerRow): Promise<string | null> {
  const overdue = await ctx.tx.all(queries(ctx).overdue, {
    customerId: customer.id,
    today: ctx.today,
  });
  const unblockedAt = customer.creditLimitUnblockedAt;
  const blocking = overdue.find(
    (invoice) =>
      unblockedAt === null ||
      endOfDate(invoice.dueDate ?? ctx.today, ctx.timeZone).toISOString() > unblockedAt,
  );
  return blocking ? (blocking.number ?? blocking.id) : null;
}

/** Brings the customer's block up to date; returns the row as it now stands and what changed. */
export async function refreshBlock(
  ctx: Context,
  customer: CustomerRow,
): Promise<{ customer: CustomerRow; change: BlockChange }> {
  const isLimited = customer.billingMode === 'credit_limit';
  const blockingInvoice = isLimited ? await overdueInvoice(ctx, customer) : null;
  const shouldBlock = blockingInvoice !== null;
  if (shouldBlock === customer.creditLimitBlocked) return { customer, change: null };
  const next = { ...customer, creditLimitBlocked: shouldBlock, updatedAt: ctx.nowAt };
  await ctx.tx.run(queries(ctx).setBlocked, {
    blocked: shouldBlock,
    updatedAt: ctx.nowAt,
    id: customer.id,
  });
  await writeAudit(asSystem(ctx), {
    action: shouldBlock ? 'customers.blockCreditLimit' : 'customers.unblockCreditLimit',
    entityType: 'customer',
    entityId: customer.id,
    reason: shouldBlock
      ? `Balance-due invoice ${blockingInvoice} is unpaid after its due date`
      : 'No overdue balance-due invoice is left unpaid',
    before: { creditLimitBlocked: customer.creditLimitBlocked },
    after: { creditLimitBlocked: shouldBlock },
  });
  return { customer: next, change: shouldBlock ? 'blocked' : 'unblocked' };
}
