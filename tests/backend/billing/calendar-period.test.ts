/**
 * Proves the one calendar-period calculation the budget in hours (SPEC 12) and the monthly
 * balance-due invoice (SPEC 4) share: months and quarters from any day in them, the last day of
 * short months and of February in a leap year, and the turn of the year.
 */
import { describe, expect, it } from 'vitest';
import { calendarPeriodOn, monthPeriod } from '../../../electron/backend/core/calendar-period.ts';

describe('calendarPeriodOn', () => {
  it('gives the calendar month holding the day, with its last day and the day after', () => {
    expect(calendarPeriodOn('2026-04-17', 'month')).toEqual({
      from: '2026-04-01',
      to: '2026-04-30',
      next: '2026-05-01',
    });
  });

  it('ends February on the 29th in a leap year and the 28th otherwise', () => {
    expect(calendarPeriodOn('2028-02-10', 'month').to).toBe('2028-02-29');
    expect(calendarPeriodOn('2027-02-10', 'month').to).toBe('2027-02-28');
  });

  it('gives the quarter starting in January, April, July or October, from any of its days', () => {
    const second = { from: '2026-04-01', to: '2026-06-30', next: '2026-07-01' };
    for (const day of ['2026-04-01', '2026-05-15', '2026-06-30']) {
      expect(calendarPeriodOn(day, 'quarter')).toEqual(second);
    }
    expect(calendarPeriodOn('2026-03-31', 'quarter').from).toBe('2026-01-01');
    expect(calendarPeriodOn('2026-07-01', 'quarter').from).toBe('2026-07-01');
  });

  it('runs the last month and quarter of a year into the next year', () => {
    expect(calendarPeriodOn('2026-12-31', 'month')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      next: '2027-01-01',
    });
    expect(calendarPeriodOn('2026-11-02', 'quarter')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
      next: '2027-01-01',
    });
  });
});

describe('monthPeriod', () => {
  it('is the calendar month of its first day', () => {
    expect(monthPeriod('2026-06')).toEqual(calendarPeriodOn('2026-06-01', 'month'));
    expect(monthPeriod('2026-12').next).toBe('2027-01-01');
  });
});
