/**
 * Bills a selection of unbilled time on an invoice instead of deducting it from the balance: one
 * line per entry (hours at its rate), issued at once and settled from the balance like any
 * standard invoice, or left as a draft. Voiding that invoice returns the entries to unbilled.
 */
import { writeAudit } from '../../audit/write.ts';
import type { Handler } from '../../handler.ts';
import { minor, toMoney } from '../../../../shared/money.ts';
import { afterDebit } from '../../core/after-debit.ts';
import { requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { createDraft, issueDraft } from '../../core/invoice-lifecycle.ts';
import { toInvoice } from '../../core/invoices.ts';
import { unbilledSelection } from './selection.ts';
import { markInvoiced } from './repo.ts';

/** What the invoice says it is for, and where it came from. */
export const TIME_ORIGIN = 'time';

export const invoiceTime: Handler<'time.invoice'> = async (input, ctx) => {
  const found = await requireCustomer(ctx, input.customerId);
  const selected = await unbilledSelection(ctx, found, input.timeEntryIds);
  // Issuing settles from the balance: only then is the customer brought up to date.
  const customer = input.issue ? await bringUpToDate(ctx, found) : found;
  const draft = await createDraft(ctx, customer, {
    kind: 'standard',
    origin: TIME_ORIGIN,
    lines: selected.map((row) => ({
      description: `${row.workedOn}: ${row.description}`,
      quantity: row.hours,
      unitPrice: toMoney(minor(row.hourlyRateMinor), customer.currency),
      taxRate: null,
    })),
  });
  const ids = selected.map((row) => row.id);
  await markInvoiced(ctx, ids, draft.id);
  await writeAudit(ctx, {
    action: 'time.invoice',
    entityType: 'customer',
    entityId: customer.id,
    after: { timeEntryIds: ids, invoiceId: draft.id },
  });
  if (!input.issue) return toInvoice(ctx, draft);
  const issued = await issueDraft(ctx, customer, draft);
  await afterDebit(ctx, issued.customer);
  return toInvoice(ctx, issued.invoice);
};
