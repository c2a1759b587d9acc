/**
 * Sums and products of decimal strings for display only (live invoice totals, refundable credit),
 * through shared/money's integer minor units. The engine computes the amounts that count.
 */
import {
  minor,
  multiplyToMinor,
  parseMoney,
  percentOfMinor,
  sumExact,
  toMoney,
  toMoneyExact,
  type MinorUnits,
} from '../../../shared/money.ts';

/**
 * Minor units of a decimal string, or null when it is not a valid amount in the currency. For
 * display, so any safe amount (an invoice total may be past one operation's limit).
 */
export function minorOrNull(text: string, currency: string): MinorUnits | null {
  try {
    return parseMoney(text.trim(), currency, 'amount', Number.MAX_SAFE_INTEGER);
  } catch {
    return null;
  }
}

export function sumMoney(amounts: readonly string[], currency: string): string {
  const values = amounts.map((amount) => minorOrNull(amount, currency) ?? minor(0));
  return toMoneyExact(sumExact(values), currency);
}

export type LineDraft = { quantity: string; unitPrice: string; taxRate: string };
export type LineTotals = { amount: string; tax: string };

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/** quantity x unit price and its tax, rounded per line the engine's way; null while incomplete. */
export function lineTotals(line: LineDraft, currency: string): LineTotals | null {
  const unit = minorOrNull(line.unitPrice, currency);
  const quantity = line.quantity.trim();
  const rate = line.taxRate.trim();
  if (unit === null || !DECIMAL.test(quantity) || (rate !== '' && !DECIMAL.test(rate))) return null;
  const amount = productOrNull(quantity, unit, currency);
  if (amount === null) return null;
  const tax = rate === '' ? minor(0) : percentOfMinor(amount, rate);
  return { amount: toMoney(amount, currency), tax: toMoney(tax, currency) };
}

/** Past the limit of one operation the line shows no amount; the engine names the limit. */
function productOrNull(quantity: string, unit: MinorUnits, currency: string): MinorUnits | null {
  try {
    return multiplyToMinor(quantity, unit, { currency, field: 'quantity' });
  } catch {
    return null;
  }
}

export type InvoiceTotalsDraft = { subtotal: string; tax: string; total: string };

export function invoiceTotals(lines: readonly LineDraft[], currency: string): InvoiceTotalsDraft {
  const totals = lines.map((line) => lineTotals(line, currency) ?? { amount: '0', tax: '0' });
  const subtotal = sumMoney(
    totals.map((each) => each.amount),
    currency,
  );
  const tax = sumMoney(
    totals.map((each) => each.tax),
    currency,
  );
  return { subtotal, tax, total: sumMoney([subtotal, tax], currency) };
}

/** More than zero: a credit balance, something still due. */
export function isPositiveMoney(amount: string): boolean {
  return !amount.startsWith('-') && /[1-9]/.test(amount);
}

/** Less than zero: a debt. */
export function isNegativeMoney(amount: string): boolean {
  return amount.startsWith('-') && /[1-9]/.test(amount);
}
