/**
 * The message after an invoice is issued: what the balance settled, what is still due, and any
 * invoice the settlement made the application issue (a replenishment top-up request).
 */
import type { CausedInvoice, Invoice } from '../../../../shared/contract/types.ts';
import { formatMoneyForPeople } from '../../../../shared/money.ts';
import { userLocale } from '../../lib/locale.ts';
import { isPositiveMoney } from '../../lib/money-display.ts';
import { describeCaused } from '../balance/dialogs/describe-change.ts';

export function describeIssue(issued: Invoice & { causedInvoices?: CausedInvoice[] }): string {
  const money = (amount: string) => formatMoneyForPeople(amount, issued.currency, userLocale);
  const clauses = [
    ...(isPositiveMoney(issued.creditApplied)
      ? [`${money(issued.creditApplied)} settled from the balance`]
      : []),
    `${money(issued.amountDue)} due`,
    ...describeCaused(issued.causedInvoices ?? [], issued.currency),
  ];
  return `${clauses.join('; ')}.`;
}
