/**
 * `customers.archive` and `customers.unarchive`: an archived customer leaves the lists but keeps
 * every entry, invoice and audit event. Archiving is refused while money or work is still open,
 * so nothing owed or owing is hidden; bringing a customer back is always allowed.
 */
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../../shared/errors.ts';
import { toMoney, minor } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { customers, invoices, schedules, timeEntries } from '../../db/schema.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import { requireReason } from '../../core/require.ts';
import { requireCustomer, toCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';

/**
 * Errors in precedence order: VALIDATION (schema), FORBIDDEN (role), REASON_REQUIRED, NOT_FOUND,
 * CONFLICT (already archived; balance not zero; an open invoice; unbilled time; an active
 * recurring invoice).
 */
const archive: Handler<'customers.archive'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const found = await requireCustomer(ctx, input.customerId);
  if (found.archivedAt !== null) {
    throw new AppError('CONFLICT', 'This customer is already archived', 'customerId');
  }
  const row = await bringUpToDate(ctx, found);
  await refuseOpenMoney(ctx, row);
  return save(ctx, { action: 'customers.archive', before: row, archivedAt: ctx.nowAt, reason });
};

/** Errors in precedence order: VALIDATION (schema), FORBIDDEN (role), NOT_FOUND, CONFLICT (not archived). */
const unarchive: Handler<'customers.unarchive'> = async (input, ctx) => {
  const row = await requireCustomer(ctx, input.customerId);
  if (row.archivedAt === null) {
    throw new AppError('CONFLICT', 'This customer is not archived', 'customerId');
  }
  const reason = input.reason?.trim() || null;
  return save(ctx, { action: 'customers.unarchive', before: row, archivedAt: null, reason });
};

async function refuseOpenMoney(ctx: Context, row: CustomerRow): Promise<void> {
  if (row.balanceMinor !== 0) {
    const balance = toMoney(minor(row.balanceMinor), row.currency);
    const message = `The balance is ${balance} ${row.currency}: bring it to zero before archiving`;
    throw new AppError('CONFLICT', message, 'customerId');
  }
  const openInvoice = await ctx.tx.get(
    ctx.tx.db
      .select({ number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.customerId, row.id), eq(invoices.status, 'open')))
      .limit(1),
  );
  if (openInvoice) {
    const message = `Invoice ${openInvoice.number ?? ''} is still open: settle, void or write it off first`;
    throw new AppError('CONFLICT', message, 'customerId');
  }
  if (await hasUnbilledTime(ctx, row.id)) {
    throw new AppError('CONFLICT', 'Some time is not billed yet: bill it first', 'customerId');
  }
  if (await hasActiveSchedule(ctx, row.id)) {
    throw new AppError('CONFLICT', 'A recurring invoice is active: cancel it first', 'customerId');
  }
}

async function hasUnbilledTime(ctx: Context, customerId: string): Promise<boolean> {
  const found = await ctx.tx.get(
    ctx.tx.db
      .select({ id: timeEntries.id })
      .from(timeEntries)
      .where(and(eq(timeEntries.customerId, customerId), eq(timeEntries.status, 'unbilled')))
      .limit(1),
  );
  return found !== undefined;
}

async function hasActiveSchedule(ctx: Context, customerId: string): Promise<boolean> {
  const found = await ctx.tx.get(
    ctx.tx.db
      .select({ id: schedules.id })
      .from(schedules)
      .where(and(eq(schedules.customerId, customerId), eq(schedules.status, 'active')))
      .limit(1),
  );
  return found !== undefined;
}

type ArchiveChange = {
  action: 'customers.archive' | 'customers.unarchive';
  before: CustomerRow;
  archivedAt: string | null;
  reason: string | null;
};

async function save(ctx: Context, change: ArchiveChange) {
  const next: CustomerRow = {
    ...change.before,
    archivedAt: change.archivedAt,
    updatedAt: ctx.nowAt,
  };
  await ctx.tx.run(
    ctx.tx.db
      .update(customers)
      .set({ archivedAt: next.archivedAt, updatedAt: next.updatedAt })
      .where(eq(customers.id, next.id)),
  );
  const customer = toCustomer(next);
  await writeAudit(ctx, {
    action: change.action,
    entityType: 'customer',
    entityId: next.id,
    reason: change.reason,
    before: toCustomer(change.before),
    after: customer,
  });
  return customer;
}

export const archiveHandlers: HandlerMap<'customers.archive' | 'customers.unarchive'> = {
  'customers.archive': archive,
  'customers.unarchive': unarchive,
};
