/**
 * Words for the refundable amount, shared so the refund dialog (checking as you type against the
 * engine's `balance.get` `refundable`) and the engine's own refusal say the same sentence. Which
 * credit is refundable is the engine's rule (paid credit only); this file only words it.
 */
import type { MoneyString } from '../money.ts';

/** "Only 50.00 USD of paid credit is refundable (promotional credit is never refunded)". */
export function refundBeyondRefundable(refundable: MoneyString, currency: string): string {
  return (
    `Only ${refundable} ${currency} of paid credit is refundable ` +
    '(promotional credit is never refunded)'
  );
}
