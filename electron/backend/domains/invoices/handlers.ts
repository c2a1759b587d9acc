/** Handlers of the `invoices.*` channels: drafts, issue with settlement, void, write-off, reading. */
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import { AppError } from '../../../../shared/errors.ts';
import { ZERO_MINOR } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import { requireActive, requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { debitFollowUp } from '../../core/after-debit.ts';
import { requireReason } from '../../core/require.ts';
import { replaceLines, requireInvoice, saveInvoice, toInvoice } from '../../core/invoices.ts';
import { amountDueOf, priceLines, requireTransition } from './rules.ts';
import { invoicePage, linesByInvoice } from './repo.ts';
import { createDraft, issueDraft, requireDueAfterIssue } from '../../core/invoice-lifecycle.ts';
import { releaseInvoicedTime } from '../../core/invoiced-time.ts';
import { returnAppliedCredit } from '../../core/unapply.ts';
import { inTurn } from '../../storage/in-turn.ts';

const create: Handler<'invoices.create'> = async (input, ctx) => {
  const customer = requireActive(await requireCustomer(ctx, input.customerId));
  if (input.currency !== undefined && input.currency !== customer.currency) {
    throw new AppError(
      'CURRENCY_MISMATCH',
      `The customer is billed in ${customer.currency}`,
      'currency',
    );
  }
  return toInvoice(
    ctx,
    await createDraft(ctx, customer, { ...input, kind: input.kind ?? 'standard' }),
  );
};

const update: Handler<'invoices.update'> = async (input, ctx) => {
  const row = await requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'edit');
  const issueDate = input.issueDate === undefined ? row.issueDate : input.issueDate;
  const dueDate = input.dueDate === undefined ? row.dueDate : input.dueDate;
  requireDueAfterIssue(issueDate, dueDate);
  const priced = input.lines ? priceLines(input.lines, row.currency) : null;
  const totals = priced
    ? {
        subtotalMinor: priced.subtotalMinor,
        taxMinor: priced.taxMinor,
        totalMinor: priced.totalMinor,
      }
    : {};
  const next = { ...row, ...totals, issueDate, dueDate, memo: input.memo ?? row.memo };
  const saved = await saveInvoice(ctx, { ...next, amountDueMinor: amountDueOf(next) });
  if (priced) await replaceLines(ctx, row.id, priced.lines);
  const invoice = await toInvoice(ctx, saved);
  await audit(ctx, 'invoices.update', row.id, {
    before: await toInvoice(ctx, row),
    after: invoice,
  });
  return invoice;
};

/**
 * Numbers, freezes the dates, then settles a standard invoice from the balance; says which
 * invoice that settlement made the application issue (replenishment), if any.
 */
const issue: Handler<'invoices.issue'> = async (input, ctx) => {
  const row = await requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'issue');
  const found = requireActive(await requireCustomer(ctx, row.customerId), 'invoiceId');
  const customer = await bringUpToDate(ctx, found);
  const issued = await issueDraft(ctx, customer, row);
  const caused = (await debitFollowUp(ctx, issued.customer)).causedInvoices;
  const invoice = await toInvoice(ctx, issued.invoice);
  return caused.length > 0 ? { ...invoice, causedInvoices: caused } : invoice;
};

/** Only an open invoice with no payments; credit applied to it returns to the balance, and time
 * it billed is unbilled again. */
const voidInvoice: Handler<'invoices.void'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = await requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'void');
  if (row.amountPaidMinor > 0) {
    throw new AppError('CONFLICT', 'An invoice with recorded payments cannot be voided');
  }
  const customer = await bringUpToDate(ctx, await requireCustomer(ctx, row.customerId));
  await returnAppliedCredit(ctx, customer, row);
  const voided = {
    ...row,
    status: 'void' as const,
    creditAppliedMinor: ZERO_MINOR,
    closedAt: ctx.nowAt,
  };
  const saved = await saveInvoice(ctx, { ...voided, amountDueMinor: amountDueOf(voided) });
  await releaseInvoicedTime(ctx, row);
  await audit(ctx, 'invoices.void', row.id, {
    before: await toInvoice(ctx, row),
    after: { ...(await toInvoice(ctx, saved)), voidReason: reason },
    reason,
  });
  return toInvoice(ctx, saved);
};

const markUncollectible: Handler<'invoices.markUncollectible'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = await requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'markUncollectible');
  const saved = await saveInvoice(ctx, { ...row, status: 'uncollectible', closedAt: ctx.nowAt });
  await audit(ctx, 'invoices.markUncollectible', row.id, {
    before: { status: row.status },
    after: { status: saved.status },
    reason,
  });
  return toInvoice(ctx, saved);
};

const get: Handler<'invoices.get'> = async (input, ctx) =>
  toInvoice(ctx, await requireInvoice(ctx, input.invoiceId));

const list: Handler<'invoices.list'> = async (input, ctx) => {
  const limit = input.limit ?? PAGE_LIMIT_DEFAULT;
  const before = decodeCursor(input.cursor, ['number']);
  const rows = await invoicePage(ctx, {
    customerId: input.customerId,
    status: input.status,
    kind: input.kind,
    pastDue: input.pastDue,
    today: ctx.today,
    beforeRowid: before?.[0],
    limit,
  });
  const page = rows.slice(0, limit);
  const lines = await linesByInvoice(
    ctx,
    page.map((item) => item.row.id),
  );
  const last = page.at(-1);
  return {
    items: await inTurn(page, (item) => toInvoice(ctx, item.row, lines.get(item.row.id) ?? [])),
    nextCursor: rows.length > limit && last ? encodeCursor([last.rowid]) : null,
  };
};

async function audit(
  ctx: Context,
  action: string,
  invoiceId: string,
  change: { before?: unknown; after: unknown; reason?: string },
): Promise<void> {
  await writeAudit(ctx, { action, entityType: 'invoice', entityId: invoiceId, ...change });
}

export const invoiceHandlers: HandlerMap<
  | 'invoices.create'
  | 'invoices.update'
  | 'invoices.issue'
  | 'invoices.void'
  | 'invoices.markUncollectible'
  | 'invoices.get'
  | 'invoices.list'
> = {
  'invoices.create': create,
  'invoices.update': update,
  'invoices.issue': issue,
  'invoices.void': voidInvoice,
  'invoices.markUncollectible': markUncollectible,
  'invoices.get': get,
  'invoices.list': list,
};
