/**
 * Making and issuing invoices, shared by the channels and by scheduled work (replenishment,
 * recurring schedules, the monthly balance-due run). Issuing numbers the invoice from the gapless
 * sequence, freezes its dates and, for a standard invoice, settles it from the balance.
 */
import { addDays } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { ZERO_MINOR } from '../../../shared/money.ts';
import type { InvoiceKind } from '../../../shared/contract/types.ts';
import { writeAudit } from '../audit/write.ts';
import type { Context } from '../context.ts';
import { newId } from '../ledger/hash.ts';
import type { CustomerRow } from './post-entry.ts';
import {
  replaceLines,
  saveInvoice,
  takeInvoiceNumber,
  toInvoice,
  type InvoiceRow,
} from './invoices.ts';
import { priceLines, requireTransition, type LineInput } from '../domains/invoices/rules.ts';
import { settleAtIssue } from './settle.ts';
import { hot } from './hot-queries.ts';

export type NewInvoice = {
  kind: InvoiceKind;
  lines: readonly LineInput[];
  issueDate?: string | null;
  dueDate?: string | null;
  memo?: string;
  origin?: string | null;
};

export function requireDueAfterIssue(issueDate: string | null, dueDate: string | null): void {
  if (issueDate !== null && dueDate !== null && dueDate < issueDate) {
    throw new AppError('VALIDATION', 'The due date must not be before the issue date', 'dueDate');
  }
}

export async function createDraft(
  ctx: Context,
  customer: CustomerRow,
  draft: NewInvoice,
): Promise<InvoiceRow> {
  requireDueAfterIssue(draft.issueDate ?? null, draft.dueDate ?? null);
  const priced = priceLines(draft.lines, customer.currency);
  const row: InvoiceRow = {
    id: newId('inv'),
    customerId: customer.id,
    kind: draft.kind,
    status: 'draft',
    numberSeq: null,
    number: null,
    issueDate: draft.issueDate ?? null,
    dueDate: draft.dueDate ?? null,
    currency: customer.currency,
    memo: draft.memo ?? '',
    subtotalMinor: priced.subtotalMinor,
    taxMinor: priced.taxMinor,
    totalMinor: priced.totalMinor,
    creditAppliedMinor: ZERO_MINOR,
    amountPaidMinor: ZERO_MINOR,
    creditNotedMinor: ZERO_MINOR,
    amountDueMinor: priced.totalMinor,
    origin: draft.origin ?? null,
    closedAt: null,
    createdAt: ctx.nowAt,
    updatedAt: ctx.nowAt,
  };
  await ctx.tx.run(hot(ctx.tx).insertInvoice, row);
  await replaceLines(ctx, row.id, priced.lines);
  await writeAudit(ctx, {
    action: 'invoices.create',
    entityType: 'invoice',
    entityId: row.id,
    after: await toInvoice(ctx, row),
  });
  return row;
}

/** Issues a draft; `customer` must have had its due expiry applied. Returns both as they now stand. */
export async function issueDraft(
  ctx: Context,
  customer: CustomerRow,
  row: InvoiceRow,
): Promise<{ invoice: InvoiceRow; customer: CustomerRow }> {
  requireTransition(row.status, 'issue');
  if (customer.currency !== row.currency) {
    throw new AppError('CURRENCY_MISMATCH', `The customer is now billed in ${customer.currency}`);
  }
  const issueDate = row.issueDate ?? ctx.today;
  const dueDate = row.dueDate ?? addDays(issueDate, customer.paymentTermsDays);
  requireDueAfterIssue(issueDate, dueDate);
  const numbered = {
    ...row,
    ...(await takeInvoiceNumber(ctx)),
    status: 'open' as const,
    issueDate,
    dueDate,
  };
  const issued = await saveInvoice(ctx, numbered);
  await writeAudit(ctx, {
    action: 'invoices.issue',
    entityType: 'invoice',
    entityId: row.id,
    before: { status: row.status },
    after: await toInvoice(ctx, issued),
  });
  return settleAtIssue(ctx, customer, issued);
}
