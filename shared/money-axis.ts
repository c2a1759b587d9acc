/**
 * Axis ticks for charts of money, for any screen: chosen in decimal.js from decimal strings
 * (round steps of 1, 2 or 5 times a power of ten, never finer than the currency's minor unit),
 * each tick labelled from its own decimal string through the money formatter. The numbers a chart
 * library needs to place ticks are only positions: never shown, summed or sent anywhere.
 */
import Decimal from 'decimal.js';
import { minorDigits } from './currencies.ts';
import { assert } from './errors.ts';
import { formatMoneyForPeople } from './money.ts';

export type MoneyScale = {
  /** Where the ticks are drawn; the first and last bound the axis. */
  ticks: number[];
  domain: [number, number];
  /** The label of each tick position, formatted from its decimal string. */
  labelOf: (position: number) => string;
  /** Pixels the longest label needs, so no tick is cut. */
  width: number;
};

/** The axis aims for about this many steps between its lowest and highest tick. */
const TARGET_STEPS = 4;
const ROUND_STEPS = ['1', '2', '5', '10'];
/** A step of at least a quarter of the range gives at most six ticks; this bounds the loop. */
const TICKS_MAX = 12;
/** Approximate width of one character of an axis label (12 px font), and the axis padding. */
const CHAR_WIDTH_PX = 7;
const AXIS_PADDING_PX = 14;

function roundStep(range: Decimal, currency: string): Decimal {
  const smallest = new Decimal(10).pow(-minorDigits(currency));
  const raw = range.dividedBy(TARGET_STEPS);
  if (raw.lessThanOrEqualTo(smallest)) return smallest;
  const magnitude = new Decimal(10).pow(raw.log(10).floor());
  const factor = ROUND_STEPS.map((step) => new Decimal(step)).find((step) =>
    step.times(magnitude).greaterThanOrEqualTo(raw),
  );
  return Decimal.max((factor ?? new Decimal(10)).times(magnitude), smallest);
}

/**
 * Ticks that cover every amount (and zero when `withZero`), at a round step. A flat series gets a
 * range around its one value, so its line is drawn inside the axis, not on its edge.
 */
export function moneyScale(
  amounts: readonly string[],
  options: { currency: string; locale: string; withZero?: boolean },
): MoneyScale {
  const values = amounts.map((amount) => new Decimal(amount));
  if (options.withZero === true || values.length === 0) values.push(new Decimal(0));
  let low = Decimal.min(...values);
  let high = Decimal.max(...values);
  if (low.equals(high)) {
    const pad = Decimal.max(low.abs(), 1);
    low = low.isNegative() ? low.minus(pad) : Decimal.min(low, 0);
    high = high.isPositive() ? high.plus(pad) : Decimal.max(high, 0).plus(pad);
  }
  const step = roundStep(high.minus(low), options.currency);
  const first = low.dividedBy(step).floor().times(step);
  const last = high.dividedBy(step).ceil().times(step);
  const labels = new Map<number, string>();
  for (let tick = first; tick.lessThanOrEqualTo(last); tick = tick.plus(step)) {
    assert(labels.size < TICKS_MAX, 'a round step of a quarter of the range gives few ticks');
    // The formatter gives the currency's decimals; Intl reads the decimal string exactly.
    const label = formatMoneyForPeople(tick.toString(), options.currency, options.locale);
    labels.set(tick.toNumber(), label);
  }
  const ticks = [...labels.keys()];
  const longest = Math.max(...[...labels.values()].map((label) => label.length));
  return {
    ticks,
    domain: [ticks[0] ?? 0, ticks.at(-1) ?? 0],
    labelOf: (position) => labels.get(position) ?? '',
    width: longest * CHAR_WIDTH_PX + AXIS_PADDING_PX,
  };
}
