/**
 * Reading and writing invoices and their lines, and turning rows into the contract's shape.
 * The stored `amount_due_minor` always equals total less credit applied, paid and credit notes
 * (audit.verify checks it); what the contract calls `amountDue` is what is still owed, which for
 * a void invoice is nothing.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Invoice } from '../../../shared/contract/types.ts';
import { AppError, assert } from '../../../shared/errors.ts';
import { minor, toMoney } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { auditEvents, invoiceLines, invoices } from '../db/schema.ts';
import { amountDueOf, type PricedLine } from '../domains/invoices/rules.ts';
import { hot } from './hot-queries.ts';
import { isPastDue } from './past-due.ts';

export type InvoiceRow = typeof invoices.$inferSelect;
export type LineRow = typeof invoiceLines.$inferSelect;

export const INVOICE_NUMBER_DIGITS = 4;

export async function requireInvoice(ctx: Context, invoiceId: string): Promise<InvoiceRow> {
  const row = await ctx.tx.get(hot(ctx.tx).invoiceById, { id: invoiceId });
  if (!row) throw new AppError('NOT_FOUND', `No invoice ${invoiceId}`, 'invoiceId');
  return row;
}

export async function linesOf(ctx: Context, invoiceId: string): Promise<LineRow[]> {
  return await ctx.tx.all(hot(ctx.tx).linesOfInvoice, { invoiceId });
}

export async function replaceLines(
  ctx: Context,
  invoiceId: string,
  lines: readonly PricedLine[],
): Promise<void> {
  await ctx.tx.run(hot(ctx.tx).deleteLinesOfInvoice, { invoiceId });
  for (const line of lines) await ctx.tx.run(hot(ctx.tx).insertLine, { ...line, invoiceId });
}

/** Writes the invoice's changed fields, asserting the invariant before the write. */
export async function saveInvoice(ctx: Context, next: InvoiceRow): Promise<InvoiceRow> {
  assert(
    next.amountDueMinor === amountDueOf(next),
    () => `invoice ${next.id}: due breaks the invariant`,
  );
  assert(next.amountDueMinor >= 0, () => `invoice ${next.id}: amount due below zero`);
  const row = { ...next, updatedAt: ctx.nowAt };
  await ctx.tx.run(hot(ctx.tx).updateInvoice, row);
  return row;
}

/** Takes the next number of the gapless sequence; only issuing calls this. */
export async function takeInvoiceNumber(
  ctx: Context,
): Promise<{ numberSeq: number; number: string }> {
  const row = await ctx.tx.get(hot(ctx.tx).invoiceNumbering);
  assert(row, 'the settings row exists');
  const numberSeq = row.nextInvoiceSeq;
  await ctx.tx.run(hot(ctx.tx).setNextInvoiceSeq, { nextInvoiceSeq: numberSeq + 1 });
  const digits = String(numberSeq).padStart(INVOICE_NUMBER_DIGITS, '0');
  return { numberSeq, number: `${row.invoicePrefix}${digits}` };
}

function prepareVoidReason(db: Db) {
  return db
    .select({ reason: auditEvents.reason })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'invoice'),
        eq(auditEvents.entityId, sql.placeholder('invoiceId')),
        eq(auditEvents.action, 'invoices.void'),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(1)
    .prepare();
}

/** What a void invoice's voiding gave as its reason (from the audit trail); null otherwise. */
export async function voidReasonOf(ctx: Context, row: InvoiceRow): Promise<string | null> {
  if (row.status !== 'void') return null;
  const event = await ctx.tx.get(ctx.tx.prepared('invoices.voidReason', prepareVoidReason), {
    invoiceId: row.id,
  });
  return event?.reason ?? null;
}

/** What is still owed: nothing once void; otherwise the stored amount due. */
export function owedMinor(row: InvoiceRow): number {
  return row.status === 'void' ? 0 : row.amountDueMinor;
}

export async function toInvoice(
  ctx: Context,
  row: InvoiceRow,
  knownLines?: LineRow[],
): Promise<Invoice> {
  const lines = knownLines ?? (await linesOf(ctx, row.id));
  const money = (value: number) => toMoney(minor(value), row.currency);
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    kind: row.kind,
    status: row.status,
    pastDue: isPastDue(row, ctx.today),
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    currency: row.currency,
    memo: row.memo,
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceMinor),
      taxRate: line.taxRate,
      amount: money(line.amountMinor),
      tax: money(line.taxMinor),
    })),
    subtotal: money(row.subtotalMinor),
    tax: money(row.taxMinor),
    total: money(row.totalMinor),
    creditApplied: money(row.creditAppliedMinor),
    amountPaid: money(row.amountPaidMinor),
    creditNoted: money(row.creditNotedMinor),
    amountDue: money(owedMinor(row)),
    voidReason: await voidReasonOf(ctx, row),
    origin: row.origin,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
