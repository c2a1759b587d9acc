/** Proves chart axes: round money ticks formatted from decimal strings, covering every amount and zero. */
import { describe, expect, it } from 'vitest';
import { moneyScale } from '../../shared/money-axis.ts';

const scaleOf = (amounts: string[], currency = 'EUR') =>
  moneyScale(amounts, { currency, locale: 'en-US', withZero: true });

describe('moneyScale', () => {
  it('labels ticks as money with the currency decimals, never a float like 829.5', () => {
    const scale = scaleOf(['829.50', '100.00']);
    const labels = scale.ticks.map(scale.labelOf);
    expect(labels).toEqual(['€0.00', '€500.00', '€1,000.00']);
  });

  it('covers a +1e9 / -1e9 pair and zero with round steps', () => {
    const scale = scaleOf(['1000000000.00', '-1000000000.00'], 'PLN');
    expect(scale.domain).toEqual([-1_000_000_000, 1_000_000_000]);
    expect(scale.ticks).toContain(0);
    expect(scale.labelOf(-1_000_000_000).replace('\u00a0', ' ')).toBe('-PLN 1,000,000,000.00');
    expect(scale.width).toBeGreaterThanOrEqual('-PLN 1,000,000,000.00'.length * 7);
  });

  it('never steps finer than the minor unit, and knows currencies without decimals', () => {
    expect(scaleOf(['0.01']).ticks.map(scaleOf(['0.01']).labelOf)).toEqual(['€0.00', '€0.01']);
    const yen = scaleOf(['1234'], 'JPY');
    expect(yen.ticks.map(yen.labelOf)).toEqual(['¥0', '¥500', '¥1,000', '¥1,500']);
  });

  it('gives a series of zeros a range to draw in', () => {
    expect(scaleOf(['0.00', '0.00']).domain).toEqual([0, 1]);
  });
});
