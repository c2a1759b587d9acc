/**
 * When an amount deserves a second look before it is recorded: far above what this customer
 * usually moves. The renderer asks for a confirmation; the engine never refuses on this ground.
 * Compared in integer minor units, never as floats.
 */
import { parseMoney } from './money.ts';

/** An amount this many times the largest recent one is unusual. */
export const UNUSUAL_FACTOR = 10;
/** How many of the customer's latest ledger entries are looked at. */
export const RECENT_ENTRIES_COUNT = 20;
/** Above this, in whole units of the currency, for a customer with no credit yet. */
export const FIRST_AMOUNT_USUAL_MAX = '100000';

export type UnusualCheck = {
  amount: string;
  currency: string;
  /** Signed amounts of the customer's latest entries; only credits (above zero) count. */
  recentAmounts: readonly string[];
};

/** Why an amount is unusual: above the first-amount sum, or above ten times the largest credit. */
export type Unusual = { reason: 'first'; limit: string } | { reason: 'recent'; largest: string };

/** Why `amount` deserves a second look, or null (also for unreadable input). */
export function unusualAmount(check: UnusualCheck): Unusual | null {
  const amount = minorOf(check.amount, check.currency);
  if (amount === null) return null;
  const credits = check.recentAmounts
    .slice(0, RECENT_ENTRIES_COUNT)
    .map((text) => minorOf(text, check.currency))
    .filter((value): value is number => value !== null && value > 0);
  if (credits.length === 0) {
    const firstMax = minorOf(FIRST_AMOUNT_USUAL_MAX, check.currency) ?? 0;
    return amount > firstMax ? { reason: 'first', limit: FIRST_AMOUNT_USUAL_MAX } : null;
  }
  const largest = Math.max(...credits);
  if (amount <= largest * UNUSUAL_FACTOR) return null;
  const text = check.recentAmounts.find((each) => minorOf(each, check.currency) === largest);
  return { reason: 'recent', largest: text ?? String(largest) };
}

function minorOf(text: string, currency: string): number | null {
  try {
    return parseMoney(text.trim(), currency, 'amount');
  } catch {
    return null;
  }
}
