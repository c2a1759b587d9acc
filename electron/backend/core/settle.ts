/**
 * Settling an invoice from the customer's balance: automatically when a standard invoice is
 * issued, or by hand for an invoice issued before the credit existed. The credit leaves the
 * balance through one `applied_to_invoice` entry that spends grants in the usual order.
 */
import {
  addMinor,
  largerMinor,
  smallerMinor,
  negate,
  toMoney,
  ZERO_MINOR,
  type MinorUnits,
} from '../../../shared/money.ts';
import { writeAudit } from '../audit/write.ts';
import type { Context } from '../context.ts';
import { systemBusinessDate } from './business-date.ts';
import { postEntry, type CustomerRow, type EntryRow, type Taken } from './post-entry.ts';
import { saveInvoice, type InvoiceRow } from './invoices.ts';
import { amountDueOf, statusAfterSettlement } from '../domains/invoices/rules.ts';

/** `allocations`: what the entry took from each lot, as `postEntry` wrote them. */
export type Applied = {
  invoice: InvoiceRow;
  customer: CustomerRow;
  entry: EntryRow;
  allocations: Taken[];
};

/** `effectiveOn`: the business date of the application; today's unless given. */
export async function applyCredit(
  ctx: Context,
  target: {
    customer: CustomerRow;
    invoice: InvoiceRow;
    amountMinor: MinorUnits;
    how: string;
    effectiveOn?: string;
  },
): Promise<Applied> {
  const { customer, invoice, amountMinor } = target;
  const posted = await postEntry(ctx, {
    customer,
    type: 'applied_to_invoice',
    amountMinor: negate(amountMinor),
    description: `Applied to invoice ${invoice.number ?? invoice.id}`,
    links: { invoiceId: invoice.id },
    ...(target.effectiveOn ? { effectiveOn: target.effectiveOn } : {}),
  });
  const settled = {
    ...invoice,
    creditAppliedMinor: addMinor(invoice.creditAppliedMinor, amountMinor),
  };
  const dueMinor = amountDueOf(settled);
  const saved = await saveInvoice(ctx, {
    ...settled,
    amountDueMinor: dueMinor,
    status: statusAfterSettlement(settled.status, dueMinor),
  });
  await writeAudit(ctx, {
    action: 'balance.applyToInvoice',
    entityType: 'invoice',
    entityId: invoice.id,
    reason: target.how,
    before: { amountDue: money(invoice.amountDueMinor, invoice), status: invoice.status },
    after: { entryId: posted.entry.id, amountDue: money(dueMinor, invoice), status: saved.status },
  });
  return {
    invoice: saved,
    customer: posted.customer,
    entry: posted.entry,
    allocations: posted.allocations,
  };
}

export function money(value: MinorUnits, invoice: InvoiceRow): string {
  return toMoney(value, invoice.currency);
}

/** At issue: min(positive balance, amount due) for a standard invoice, if the customer wants it. */
export async function settleAtIssue(
  ctx: Context,
  customer: CustomerRow,
  invoice: InvoiceRow,
): Promise<{ invoice: InvoiceRow; customer: CustomerRow }> {
  const canSettle = invoice.kind === 'standard' && customer.autoApplyCredit;
  const amountMinor = smallerMinor(
    largerMinor(customer.balanceMinor, ZERO_MINOR),
    invoice.amountDueMinor,
  );
  if (!canSettle || amountMinor === 0) return { invoice, customer };
  // Credit applied at issue takes effect on the issue date: never later than today, and out of
  // any closed period.
  const issuedOn =
    invoice.issueDate !== null && invoice.issueDate < ctx.today ? invoice.issueDate : ctx.today;
  const effectiveOn = await systemBusinessDate(ctx, issuedOn);
  return applyCredit(ctx, {
    customer,
    invoice,
    amountMinor,
    how: 'automatic at issue',
    effectiveOn,
  });
}
