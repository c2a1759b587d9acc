/** Proves business-date arithmetic in time zones, including daylight-saving changes. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateInZone,
  daysBetween,
  endOfDate,
  isValidDate,
  startOfDate,
} from '../../shared/dates.ts';

describe('dates', () => {
  it('validates real calendar dates only', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
  });

  it('finds the business date of an instant', () => {
    expect(dateInZone(new Date('2026-03-31T12:30:00Z'), 'Pacific/Auckland')).toBe('2026-04-01');
    expect(dateInZone(new Date('2026-03-31T10:59:59Z'), 'Pacific/Auckland')).toBe('2026-03-31');
    expect(dateInZone(new Date('2026-04-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-31');
  });

  it('finds the first instant of a date across daylight-saving changes', () => {
    expect(startOfDate('2026-03-01', 'UTC').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(startOfDate('2026-03-29', 'Europe/Brussels').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(startOfDate('2026-03-30', 'Europe/Brussels').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(endOfDate('2026-04-05', 'Pacific/Auckland').toISOString()).toBe(
      '2026-04-05T12:00:00.000Z',
    );
    expect(endOfDate('2026-04-04', 'Pacific/Auckland').toISOString()).toBe(
      '2026-04-04T11:00:00.000Z',
    );
    // Havana skips midnight when daylight saving starts: the day begins at 01:00.
    expect(startOfDate('2026-03-08', 'America/Havana').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
  });

  it('adds days and counts them across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-04-15', '2026-04-16')).toBe(1);
    expect(daysBetween('2026-04-16', '2026-01-01')).toBe(-105);
  });
});
