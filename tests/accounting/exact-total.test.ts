/**
 * Proves that a running total of minor units stays exact past the largest safe integer (a
 * currency's total over many customers may pass it), going down again and across zero.
 */
import { describe, expect, it } from 'vitest';
import { ExactTotal } from '../../electron/backend/accounting/exact-total.ts';
import { InvariantError } from '../../shared/errors.ts';

const BALANCE_MAX = 10 ** 15;

describe('ExactTotal', () => {
  it('adds past the largest safe integer without rounding', () => {
    const total = new ExactTotal();
    for (let index = 0; index < 20; index += 1) total.add(BALANCE_MAX - 1);
    total.add(3);
    expect(total.value).toBe(20n * BigInt(BALANCE_MAX - 1) + 3n);
  });

  it('comes back down and below zero exactly', () => {
    const total = new ExactTotal();
    for (let index = 0; index < 12; index += 1) total.add(BALANCE_MAX);
    for (let index = 0; index < 13; index += 1) total.add(-BALANCE_MAX - 7);
    expect(total.value).toBe(12n * BigInt(BALANCE_MAX) - 13n * BigInt(BALANCE_MAX + 7));
  });

  it('refuses a value that is not an integer of minor units', () => {
    expect(() => {
      new ExactTotal().add(0.5);
    }).toThrow(InvariantError);
  });
});
