/**
 * The sentences a notification shows after money moved: what was recorded (every entry of the
 * action, through its total), the new balance, and any invoice the action made the application
 * issue (a replenishment top-up request), so nothing that happened goes unsaid.
 */
import type { BalanceChange, CausedInvoice } from '../../../../../shared/contract/types.ts';
import { formatMoneyForPeople } from '../../../../../shared/money.ts';
import { INVOICE_KIND_LABELS } from '../../../../../shared/labels.ts';
import { userLocale } from '../../../lib/locale.ts';

const money = (amount: string, currency: string) =>
  formatMoneyForPeople(amount, currency, userLocale);

/** "Top-up invoice INV-0007 issued for €500.00", one clause per invoice. */
export function describeCaused(caused: readonly CausedInvoice[], currency: string): string[] {
  return caused.map((invoice) => {
    const name = `${INVOICE_KIND_LABELS[invoice.kind]} ${invoice.number ?? ''}`.trim();
    return `${name} issued for ${money(invoice.total, currency)}`;
  });
}

/** The balance now, then what the action caused, as one message. */
export function describeAfter(
  change: { balance: BalanceChange['balance']; causedInvoices?: CausedInvoice[] },
  currency: string,
): string {
  const clauses = [
    `The balance is now ${money(change.balance.balance, currency)}`,
    ...describeCaused(change.causedInvoices ?? [], currency),
  ];
  return `${clauses.join('; ')}.`;
}

export function describeChange(change: BalanceChange, currency: string): string {
  return `${money(change.entry.amount, currency)} recorded. ${describeAfter(change, currency)}`;
}

/** The title of a time deduction: how many entries and their total, e.g. "2 time entries
 * deducted: -€460.00". */
export function describeDeduction(count: number, total: string, currency: string): string {
  return `${count} time ${count === 1 ? 'entry' : 'entries'} deducted: ${money(total, currency)}`;
}
