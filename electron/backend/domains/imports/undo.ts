/**
 * `imports.undo`: a batch taken back by reversing entries, never deleting them. Checks, in
 * order: REASON_REQUIRED, NOT_FOUND (`batchId`), CONFLICT (`batchId`) when it is already undone,
 * then, item by item, CONFLICT (`batchId`) naming what keeps it: a lot spent since (the entry
 * that spent it), an invoice paid, credited or settled since, a created customer with a balance or
 * an open invoice (what archiving asks) or archived since, an updated customer changed since. Then, in the one transaction:
 * each credit entry reversed by a debit emptying exactly its own lot, each debit reversed by a
 * credit, each invoice voided, each created customer archived and each updated one put back,
 * the batch marked undone, and one audit event.
 */
import type { ImportBatch } from '../../../../shared/contract/import-types.ts';
import type { ChannelInput } from '../../../../shared/contract/channels.ts';
import { AppError } from '../../../../shared/errors.ts';
import { negate } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { requireCustomer, toCustomer } from '../../core/customers.ts';
import { requireInvoice, saveInvoice, toInvoice } from '../../core/invoices.ts';
import { postEntry, type CustomerRow } from '../../core/post-entry.ts';
import { requireReason } from '../../core/require.ts';
import {
  batchById,
  entryWithLot,
  firstSpender,
  itemsOf,
  markUndone,
  openInvoiceOf,
  saveCustomer,
  type BatchItemRow,
  type BatchRow,
} from './repo.ts';
import { spentWords, toImportBatch } from './rules.ts';
import { restoreCustomer } from './write-customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';

/** Each customer's row as it stands after the reversals written so far, up to date once. */
class Customers {
  private readonly rows = new Map<string, CustomerRow>();

  async get(ctx: Context, customerId: string): Promise<CustomerRow> {
    const known = this.rows.get(customerId);
    if (known) return known;
    const current = await bringUpToDate(ctx, await requireCustomer(ctx, customerId));
    this.rows.set(customerId, current);
    return current;
  }

  set(row: CustomerRow): void {
    this.rows.set(row.id, row);
  }
}

export async function undoImport(
  input: ChannelInput<'imports.undo'>,
  ctx: Context,
): Promise<ImportBatch> {
  const reason = requireReason(input.reason);
  const batch = await batchById(ctx, input.batchId);
  if (!batch) throw new AppError('NOT_FOUND', `No import ${input.batchId}`, 'batchId');
  if (batch.undoneAt !== null) {
    throw new AppError('CONFLICT', 'This import is already undone', 'batchId');
  }
  const items = await itemsOf(ctx, batch.id);
  const customers = new Customers();
  for (const item of items) await refuseKept(ctx, { batch, item, customers });
  for (const item of [...items].reverse()) await reverse(ctx, { item, reason, customers });
  const undone: BatchRow = {
    ...batch,
    undoneAt: ctx.nowAt,
    undoneBy: ctx.actor.id,
    undoReason: reason,
  };
  await markUndone(ctx, undone);
  const result = toImportBatch(undone);
  await writeAudit(ctx, {
    action: 'imports.undo',
    entityType: 'import_batch',
    entityId: batch.id,
    reason,
    before: toImportBatch(batch),
    after: result,
  });
  return result;
}

const kept = (why: string) => new AppError('CONFLICT', why, 'batchId');

type Check = { batch: BatchRow; item: BatchItemRow; customers: Customers };

/** Each customer is brought up to date first, so a lot due to expire counts as spent by it. */
async function refuseKept(ctx: Context, check: Check): Promise<void> {
  const { batch, item } = check;
  if (item.entityType === 'entry') {
    const { entry } = await entryWithLot(ctx, item.entityId);
    if (entry.amountMinor < 0) return;
    await check.customers.get(ctx, entry.customerId);
    const { lotOriginalMinor, lotRemainingMinor } = await entryWithLot(ctx, item.entityId);
    if (lotOriginalMinor !== entry.amountMinor || lotRemainingMinor !== lotOriginalMinor) {
      throw kept(spentWords(item.row, await firstSpender(ctx, entry.id)));
    }
    return;
  }
  if (item.entityType === 'invoice') {
    const invoice = await requireInvoice(ctx, item.entityId);
    if (invoice.status !== 'open' || invoice.amountDueMinor !== invoice.totalMinor) {
      throw kept(
        `Invoice ${invoice.number ?? invoice.id} (row ${item.row}) has been settled since`,
      );
    }
    return;
  }
  const customer = await requireCustomer(ctx, item.entityId);
  if (item.entityType === 'customer_updated') {
    if (customer.updatedAt !== batch.importedAt) {
      throw kept(`Customer ${customer.name} (row ${item.row}) has been changed since`);
    }
    return;
  }
  const invoice = await openInvoiceOf(ctx, customer.id);
  if (customer.balanceMinor !== 0 || invoice || customer.archivedAt !== null) {
    throw kept(`Customer ${customer.name} (row ${item.row}) has a balance or an open invoice now`);
  }
}

type Reversal = { item: BatchItemRow; reason: string; customers: Customers };

async function reverse(ctx: Context, reversal: Reversal): Promise<void> {
  const { item, reason } = reversal;
  if (item.entityType === 'entry') return reverseEntry(ctx, reversal);
  if (item.entityType === 'invoice') {
    const invoice = await requireInvoice(ctx, item.entityId);
    const voided = await saveInvoice(ctx, { ...invoice, status: 'void', closedAt: ctx.nowAt });
    await writeAudit(ctx, {
      action: 'invoices.void',
      entityType: 'invoice',
      entityId: invoice.id,
      reason,
      before: await toInvoice(ctx, invoice),
      after: { ...(await toInvoice(ctx, voided)), voidReason: reason },
    });
    return;
  }
  const current = await requireCustomer(ctx, item.entityId);
  if (item.entityType === 'customer_updated') {
    const before = JSON.parse(item.beforeJson ?? 'null') as CustomerRow;
    await restoreCustomer(ctx, { before, current, reason });
    return;
  }
  const archived = { ...current, archivedAt: ctx.nowAt, updatedAt: ctx.nowAt };
  await saveCustomer(ctx, archived);
  await writeAudit(ctx, {
    action: 'customers.archive',
    entityType: 'customer',
    entityId: current.id,
    reason,
    before: toCustomer(current),
    after: toCustomer(archived),
  });
}

/** A credit is taken back from exactly its own lot (as an expiry empties one); a debit by a credit. */
async function reverseEntry(ctx: Context, reversal: Reversal): Promise<void> {
  const { entry } = await entryWithLot(ctx, reversal.item.entityId);
  const customer = await reversal.customers.get(ctx, entry.customerId);
  const posted = await postEntry(ctx, {
    customer,
    type: 'opening_balance',
    amountMinor: negate(entry.amountMinor),
    reason: reversal.reason,
    description: `Import undone: ${entry.description ?? entry.id}`,
    ...(entry.amountMinor > 0 && entry.grantId
      ? { expiring: { grantId: entry.grantId, occurredAt: ctx.nowAt } }
      : { grant: { kind: 'paid', expiresOn: null } }),
  });
  reversal.customers.set(posted.customer);
}
