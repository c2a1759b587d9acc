/**
 * Chart positions for amounts. A chart needs numbers to place points; these numbers only decide
 * where a point is drawn and are never shown, summed or sent anywhere: labels and tooltips show
 * the engine's decimal strings through MoneyText.
 */
import Decimal from 'decimal.js';

export type MoneyPoint = { label: string; position: number; amount: string };

export function chartPosition(amount: string): number {
  return new Decimal(amount).toNumber();
}

/** A compact axis tick ("€1.2K") for a chart position. */
export function axisTick(position: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(position);
}
