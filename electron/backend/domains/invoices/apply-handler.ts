/** `balance.applyToInvoice`: an admin or accountant applies credit to an invoice already open. */
import { AppError } from '../../../../shared/errors.ts';
import { smallerMinor, parseMoney } from '../../../../shared/money.ts';
import type { Handler } from '../../handler.ts';
import { toBalance, toPostedEntry } from '../../core/balances.ts';
import { debitFollowUp } from '../../core/after-debit.ts';
import { requireCustomer } from '../../core/customers.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { requireInvoice, toInvoice } from '../../core/invoices.ts';
import { applyCredit, money } from '../../core/settle.ts';

/**
 * Errors in precedence order: NOT_FOUND, INVOICE_NOT_OPEN (draft, paid, void, uncollectible,
 * or a top-up or balance-due invoice), CURRENCY_MISMATCH, NO_CREDIT_AVAILABLE, VALIDATION
 * (decimals), EXCEEDS_OUTSTANDING, INSUFFICIENT_BALANCE.
 */
export const applyToInvoice: Handler<'balance.applyToInvoice'> = async (input, ctx) => {
  const invoice = await requireInvoice(ctx, input.invoiceId);
  if (invoice.status !== 'open') {
    throw new AppError(
      'INVOICE_NOT_OPEN',
      `Balance cannot be applied to a ${invoice.status} invoice`,
    );
  }
  if (invoice.kind !== 'standard') {
    throw new AppError('INVOICE_NOT_OPEN', `Balance is never applied to a ${invoice.kind} invoice`);
  }
  const found = await requireCustomer(ctx, invoice.customerId);
  if (found.currency !== invoice.currency) {
    throw new AppError(
      'CURRENCY_MISMATCH',
      'The invoice and the balance are in different currencies',
    );
  }
  const customer = await bringUpToDate(ctx, found);
  if (customer.balanceMinor <= 0) {
    throw new AppError('NO_CREDIT_AVAILABLE', 'The customer has no credit to apply');
  }
  const amountMinor =
    input.amount === undefined
      ? smallerMinor(customer.balanceMinor, invoice.amountDueMinor)
      : parseMoney(input.amount, invoice.currency, 'amount');
  if (amountMinor > invoice.amountDueMinor) {
    const due = money(invoice.amountDueMinor, invoice);
    throw new AppError(
      'EXCEEDS_OUTSTANDING',
      `Only ${due} ${invoice.currency} is outstanding`,
      'amount',
    );
  }
  if (amountMinor > customer.balanceMinor) {
    const balance = money(customer.balanceMinor, invoice);
    throw new AppError(
      'INSUFFICIENT_BALANCE',
      `The balance is only ${balance} ${invoice.currency}`,
      'amount',
    );
  }
  const applied = await applyCredit(ctx, {
    customer,
    invoice,
    amountMinor,
    how: 'applied by hand',
  });
  const after = await debitFollowUp(ctx, applied.customer);
  const result = {
    entry: toPostedEntry(applied, customer.currency),
    invoice: await toInvoice(ctx, applied.invoice),
    balance: await toBalance(ctx, after.customer),
  };
  return after.causedInvoices.length > 0
    ? { ...result, causedInvoices: after.causedInvoices }
    : result;
};
