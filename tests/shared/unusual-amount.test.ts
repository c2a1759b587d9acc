/**
 * Proves when an amount asks for a second look: above ten times the largest of the customer's
 * recent credits (debits and older entries do not count), or above a fixed sum for a customer
 * with no credit yet; at the edge it does not ask, and unreadable input never asks.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_AMOUNT_USUAL_MAX,
  RECENT_ENTRIES_COUNT,
  unusualAmount,
} from '../../shared/unusual-amount.ts';

const check = (amount: string, recentAmounts: string[], currency = 'EUR') =>
  unusualAmount({ amount, currency, recentAmounts });

describe('unusualAmount', () => {
  it('asks above ten times the largest recent credit, not at it', () => {
    const recent = ['-500.00', '100.00', '250.00', '-20.00'];
    expect(check('2500.00', recent)).toBeNull();
    expect(check('2500.01', recent)).toEqual({ reason: 'recent', largest: '250.00' });
    expect(check('1000000000.00', recent)).toEqual({ reason: 'recent', largest: '250.00' });
  });

  it('looks only at the latest entries', () => {
    const recent = [...Array<string>(RECENT_ENTRIES_COUNT).fill('10.00'), '999999.00'];
    expect(check('100.01', recent)).toEqual({ reason: 'recent', largest: '10.00' });
  });

  it('uses a fixed sum for a customer without credit yet', () => {
    expect(check(FIRST_AMOUNT_USUAL_MAX, ['-50.00'])).toBeNull();
    expect(check('100000.01', [])).toEqual({ reason: 'first', limit: FIRST_AMOUNT_USUAL_MAX });
    expect(check('100001', [], 'JPY')).toEqual({ reason: 'first', limit: FIRST_AMOUNT_USUAL_MAX });
  });

  it('never asks about input it cannot read', () => {
    expect(check('1e12', [])).toBeNull();
    expect(check('12,50', ['1.00'])).toBeNull();
  });
});
