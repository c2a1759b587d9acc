/**
 * What follows every debit a person makes: replenishment, if the rules call for it. The
 * handlers that report what an action caused ask `debitFollowUp` for the invoice it issued.
 */
import type { CausedInvoice } from '../../../shared/contract/types.ts';
import { minor, toMoney } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import type { CustomerRow } from './post-entry.ts';
import type { InvoiceRow } from './invoices.ts';
import { replenishIfDue } from './replenishment.ts';

export type FollowUp = { customer: CustomerRow; causedInvoices: CausedInvoice[] };

export async function afterDebit(ctx: Context, customer: CustomerRow): Promise<CustomerRow> {
  return (await replenishIfDue(ctx, customer)).customer;
}

/** Replenishment after a debit, with the invoice it issued (if any) for the action's message. */
export async function debitFollowUp(ctx: Context, customer: CustomerRow): Promise<FollowUp> {
  const result = await replenishIfDue(ctx, customer);
  const causedInvoices = result.invoice ? [toCausedInvoice(result.invoice)] : [];
  return { customer: result.customer, causedInvoices };
}

export function toCausedInvoice(row: InvoiceRow): CausedInvoice {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    total: toMoney(minor(row.totalMinor), row.currency),
  };
}
