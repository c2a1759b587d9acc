/**
 * `customers.archive` and `customers.unarchive`: an archived customer leaves the lists but keeps
 * every entry, invoice and audit event. Archiving is refused while money or work is still open,
 * so nothing owed or owing is hidden; bringing a customer back is always allowed.
 */
import { AppError } from '../../../../shared/errors.ts';
import { toMoney, minor } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import { requireReason } from '../../core/require.ts';
import { requireCustomer, toCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { findOpenInvoice, hasActiveSchedule, hasUnbilledTime, updateArchivedAt } from './repo.ts';

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
  const openInvoice = await findOpenInvoice(ctx, row.id);
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
  await updateArchivedAt(ctx, next);
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
