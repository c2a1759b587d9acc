/**
 * What a statement reads: the customer's entries, invoices, payments and credit notes as they
 * stood over a range; and what an export reads besides: the business's details and the audit
 * chain's head.
 */
import { and, asc, desc, eq, gte, lt, lte, ne, sql } from 'drizzle-orm';
import { readChainHeadOf, type ChainHead } from '../../audit/chain-head.ts';
import type { Context } from '../../context.ts';
import { creditNotes, invoices, ledgerEntries, payments, settings } from '../../db/schema.ts';
import type { InvoiceRow } from '../../core/invoices.ts';

export async function businessDetails(ctx: Context): Promise<{ name: string; address: string }> {
  const business = await ctx.tx.get(ctx.tx.db.select().from(settings));
  return { name: business?.businessName ?? '', address: business?.address ?? '' };
}

/** The newest audit event. */
export function chainHeadNow(ctx: Context): Promise<ChainHead | null> {
  return readChainHeadOf(ctx.tx);
}

/** Business dates bounding a range, both included. */
export type DateRange = { from: string; to: string };

/**
 * The one expression a statement reads an entry's business date through (SPEC 12): the date it
 * takes effect, not the moment it was recorded.
 */
export const entryBusinessDate = ledgerEntries.effectiveOn;

/** The customer's entries that take effect in the range (dates, both included), in that order. */
export function entriesBetween(ctx: Context, customerId: string, range: DateRange) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, customerId),
          gte(entryBusinessDate, range.from),
          lte(entryBusinessDate, range.to),
        ),
      )
      .orderBy(asc(entryBusinessDate), asc(ledgerEntries.seq)),
  );
}

/** The sum of the customer's entries that took effect before `date`: the opening balance. */
export async function balanceBefore(ctx: Context, customerId: string, date: string) {
  const opening = await ctx.tx.get(
    ctx.tx.db
      .select({ balanceMinor: sql<number | null>`sum(${ledgerEntries.amountMinor})` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.customerId, customerId), lt(entryBusinessDate, date))),
  );
  return opening?.balanceMinor ?? 0;
}

/** Each of the customer's invoices' id and number (null while a draft). */
export function invoiceNumbersOf(ctx: Context, customerId: string) {
  return ctx.tx.all(
    ctx.tx.db
      .select({ id: invoices.id, number: invoices.number })
      .from(invoices)
      .where(eq(invoices.customerId, customerId)),
  );
}

/** The customer's invoices issued on or before `to`, by number. */
export function issuedThrough(ctx: Context, customerId: string, to: string): Promise<InvoiceRow[]> {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(invoices)
      .where(
        and(
          eq(invoices.customerId, customerId),
          ne(invoices.status, 'draft'),
          lte(invoices.issueDate, to),
        ),
      )
      .orderBy(asc(invoices.numberSeq)),
  );
}

/** The customer's payments received from `from` to `to`, both included, oldest first. */
export function paymentsBetween(
  ctx: Context,
  range: { customerId: string; from: string; to: string },
) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.customerId, range.customerId),
          gte(payments.receivedOn, range.from),
          lte(payments.receivedOn, range.to),
        ),
      )
      .orderBy(asc(payments.receivedOn), asc(payments.createdAt)),
  );
}

/** Credit applied through `to`, summed per invoice (negative, as the entries carry it). */
export function appliedSumsThrough(ctx: Context, customerId: string, to: string) {
  return ctx.tx.all(
    ctx.tx.db
      .select({
        invoiceId: ledgerEntries.invoiceId,
        amountMinor: sql<number>`sum(${ledgerEntries.amountMinor})`,
      })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, customerId),
          eq(ledgerEntries.type, 'applied_to_invoice'),
          lte(entryBusinessDate, to),
        ),
      )
      .groupBy(ledgerEntries.invoiceId),
  );
}

/** What each payment received on or before `to` applied to the invoice. */
export function paidThrough(ctx: Context, invoiceId: string, to: string) {
  return ctx.tx.all(
    ctx.tx.db
      .select({ amountMinor: payments.appliedToInvoiceMinor })
      .from(payments)
      .where(and(eq(payments.invoiceId, invoiceId), lte(payments.receivedOn, to))),
  );
}

/** What each credit note made before `endAt` took off the invoice's amount due. */
export function creditedBefore(ctx: Context, invoiceId: string, endAt: string) {
  return ctx.tx.all(
    ctx.tx.db
      .select({ amountMinor: creditNotes.reducedDueMinor })
      .from(creditNotes)
      .where(and(eq(creditNotes.invoiceId, invoiceId), lt(creditNotes.createdAt, endAt))),
  );
}
