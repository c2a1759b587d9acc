/**
 * Hours as text, shared by the engine's budgets, time entries and statements: two decimals, cut
 * down, never rounded up, exact (never through a float).
 */
import Decimal from 'decimal.js';

/** `7.5` reads `7.50`; `0.666` reads `0.66`. */
export function hoursText(value: Decimal): string {
  const [whole = '0', fraction = ''] = value
    .toDecimalPlaces(2, Decimal.ROUND_DOWN)
    .toString()
    .split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}
