/** The sentence a notification shows after a balance moved: the amount and the new balance. */
import type { BalanceChange } from '../../../../../shared/contract/types.ts';
import { formatMoneyForPeople } from '../../../../../shared/money.ts';
import { userLocale } from '../../../lib/locale.ts';

export function describeChange(change: BalanceChange, currency: string): string {
  const amount = formatMoneyForPeople(change.entry.amount, currency, userLocale);
  const balance = formatMoneyForPeople(change.balance.balance, currency, userLocale);
  return `${amount} recorded. The balance is now ${balance}.`;
}
