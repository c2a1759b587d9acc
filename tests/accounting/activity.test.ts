/**
 * Proves that activity puts each entry under its movement (a charge for tracked time apart from
 * other charges, credit returned from a voided invoice as reversed, expiry the day after the
 * lot's last day) and refuses rows read past the end of its period.
 */
import { describe, expect, it } from 'vitest';
import { activity } from '../../electron/backend/accounting/activity.ts';
import { InvariantError } from '../../shared/errors.ts';
import { FIRST_DAY, runBook, ZONE, type Action } from './book-model.ts';
import { rowsAt } from './rows-at.ts';

function step(op: Action['op'], amount: number, expiryDays: number | null = null): Action {
  return { gapDays: 1, customer: 0, op, amount, expiryDays };
}

const BOOK = runBook([
  step('topUp', 10000),
  step('charge', 1000),
  step('time', 2000),
  step('unapply', 300),
  step('promo', 500, 0),
  step('refund', 400),
]);

describe('activity', () => {
  it('sorts the period into movements and rolls the position forward', () => {
    const to = '2026-01-07';
    const report = activity(rowsAt(BOOK, to), { from: '2026-01-04', to, timeZone: ZONE });
    const usd = report.currencies.find((block) => block.currency === 'USD');
    expect(usd?.totals.opening).toEqual({
      paid: '90.00',
      promotional: '0.00',
      debt: '0.00',
      net: '90.00',
    });
    expect(usd?.totals.movements).toMatchObject({
      consumedByCharges: '0.00',
      consumedByTime: '-20.00',
      reversed: '3.00',
      receivedPromotional: '5.00',
      expired: '-5.00',
      refunded: '-4.00',
    });
    expect(usd?.totals.closing).toEqual({
      paid: '69.00',
      promotional: '0.00',
      debt: '0.00',
      net: '69.00',
    });
  });

  it('refuses rows read past the end of its period', () => {
    const rows = rowsAt(BOOK, '2026-01-07');
    expect(() => activity(rows, { from: FIRST_DAY, to: '2026-01-05', timeZone: ZONE })).toThrow(
      InvariantError,
    );
  });
});
