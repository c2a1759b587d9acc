/**
 * Chart positions for amounts. A chart needs numbers to place points; these numbers only decide
 * where a point is drawn and are never shown, summed or sent anywhere: labels, ticks
 * (shared/money-axis.ts) and tooltips show the engine's decimal strings as money.
 */
import Decimal from 'decimal.js';

import type { MoneyScale } from '../../../shared/money-axis.ts';

export { moneyScale, type MoneyScale } from '../../../shared/money-axis.ts';

export type MoneyPoint = { label: string; position: number; amount: string };

export function chartPosition(amount: string): number {
  return new Decimal(amount).toNumber();
}

/** The value axis of a chart of money: the scale's ticks, each labelled as money, none skipped. */
export function moneyAxisProps(scale: MoneyScale) {
  return {
    width: scale.width,
    ticks: scale.ticks,
    domain: scale.domain,
    interval: 0,
    tickFormatter: (value: number) => scale.labelOf(value),
  };
}
