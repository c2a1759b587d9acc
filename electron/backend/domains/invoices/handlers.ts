/** Handlers of the `invoices.*` channels: drafts, issue with settlement, void, write-off, reading. */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import { invoiceLines, invoices } from '../../db/schema.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import { requireActive, requireCustomer, requireCustomerForMoney } from '../customers/repo.ts';
import { debitFollowUp } from '../billing/after-debit.ts';
import { requireReason } from '../require.ts';
import { replaceLines, requireInvoice, saveInvoice, toInvoice, type LineRow } from './repo.ts';
import { pastDueWhere } from './past-due.ts';
import { amountDueOf, priceLines, requireTransition } from './rules.ts';
import { createDraft, issueDraft, requireDueAfterIssue } from './lifecycle.ts';
import { releaseInvoicedTime } from '../time/invoice-time.ts';
import { returnAppliedCredit } from './unapply.ts';

const create: Handler<'invoices.create'> = (input, ctx) => {
  const customer = requireActive(requireCustomer(ctx, input.customerId));
  if (input.currency !== undefined && input.currency !== customer.currency) {
    throw new AppError(
      'CURRENCY_MISMATCH',
      `The customer is billed in ${customer.currency}`,
      'currency',
    );
  }
  return toInvoice(ctx, createDraft(ctx, customer, { ...input, kind: input.kind ?? 'standard' }));
};

const update: Handler<'invoices.update'> = (input, ctx) => {
  const row = requireInvoice(ctx, input.invoiceId);
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
  const saved = saveInvoice(ctx, { ...next, amountDueMinor: amountDueOf(next) });
  if (priced) replaceLines(ctx, row.id, priced.lines);
  const invoice = toInvoice(ctx, saved);
  audit(ctx, 'invoices.update', row.id, { before: toInvoice(ctx, row), after: invoice });
  return invoice;
};

/**
 * Numbers, freezes the dates, then settles a standard invoice from the balance; says which
 * invoice that settlement made the application issue (replenishment), if any.
 */
const issue: Handler<'invoices.issue'> = (input, ctx) => {
  const row = requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'issue');
  const customer = requireCustomerForMoney(ctx, row.customerId);
  const issued = issueDraft(ctx, customer, row);
  const caused = debitFollowUp(ctx, issued.customer).causedInvoices;
  const invoice = toInvoice(ctx, issued.invoice);
  return caused.length > 0 ? { ...invoice, causedInvoices: caused } : invoice;
};

/** Only an open invoice with no payments; credit applied to it returns to the balance, and time
 * it billed is unbilled again. */
const voidInvoice: Handler<'invoices.void'> = (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'void');
  if (row.amountPaidMinor > 0) {
    throw new AppError('CONFLICT', 'An invoice with recorded payments cannot be voided');
  }
  const customer = requireCustomerForMoney(ctx, row.customerId);
  returnAppliedCredit(ctx, customer, row);
  const voided = { ...row, status: 'void' as const, creditAppliedMinor: 0, closedAt: ctx.nowAt };
  const saved = saveInvoice(ctx, { ...voided, amountDueMinor: amountDueOf(voided) });
  releaseInvoicedTime(ctx, row);
  audit(ctx, 'invoices.void', row.id, {
    before: toInvoice(ctx, row),
    after: { ...toInvoice(ctx, saved), voidReason: reason },
    reason,
  });
  return toInvoice(ctx, saved);
};

const markUncollectible: Handler<'invoices.markUncollectible'> = (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = requireInvoice(ctx, input.invoiceId);
  requireTransition(row.status, 'markUncollectible');
  const saved = saveInvoice(ctx, { ...row, status: 'uncollectible', closedAt: ctx.nowAt });
  audit(ctx, 'invoices.markUncollectible', row.id, {
    before: { status: row.status },
    after: { status: saved.status },
    reason,
  });
  return toInvoice(ctx, saved);
};

const get: Handler<'invoices.get'> = (input, ctx) =>
  toInvoice(ctx, requireInvoice(ctx, input.invoiceId));

const list: Handler<'invoices.list'> = (input, ctx) => {
  const limit = input.limit ?? PAGE_LIMIT_DEFAULT;
  const before = decodeCursor(input.cursor, ['number']);
  const rows = ctx.db
    .select({ row: invoices, rowid: sql<number>`invoices.rowid` })
    .from(invoices)
    .where(
      and(
        input.customerId ? eq(invoices.customerId, input.customerId) : undefined,
        input.status ? eq(invoices.status, input.status) : undefined,
        input.kind ? eq(invoices.kind, input.kind) : undefined,
        input.pastDue ? pastDueWhere(ctx.today, input.pastDue) : undefined,
        before ? lt(sql`invoices.rowid`, before[0]) : undefined,
      ),
    )
    .orderBy(desc(sql`invoices.rowid`))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const lines = linesByInvoice(
    ctx,
    page.map((item) => item.row.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((item) => toInvoice(ctx, item.row, lines.get(item.row.id) ?? [])),
    nextCursor: rows.length > limit && last ? encodeCursor([last.rowid]) : null,
  };
};

function linesByInvoice(ctx: Context, invoiceIds: string[]): Map<string, LineRow[]> {
  const byInvoice = new Map<string, LineRow[]>();
  if (invoiceIds.length === 0) return byInvoice;
  const rows = ctx.db
    .select()
    .from(invoiceLines)
    .where(inArray(invoiceLines.invoiceId, invoiceIds))
    .all();
  for (const line of rows.sort((a, b) => a.position - b.position)) {
    byInvoice.set(line.invoiceId, [...(byInvoice.get(line.invoiceId) ?? []), line]);
  }
  return byInvoice;
}

function audit(
  ctx: Context,
  action: string,
  invoiceId: string,
  change: { before?: unknown; after: unknown; reason?: string },
): void {
  writeAudit(ctx, { action, entityType: 'invoice', entityId: invoiceId, ...change });
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
