/**
 * Proves the day cache of `dateInZone`: once a day's bounds are known, instants inside it skip
 * Intl, and every instant at or just past a day's edges still gets its exact date, on
 * daylight-saving days and in zones with 30- and 45-minute offsets.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, dateInZone, startOfDate } from '../../shared/dates.ts';

/** The date by a formatter of the test's own, never cached. */
function reference(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}

/** Caches `date`'s bounds: two instants of the day in a row. */
function warm(date: string, zone: string): { start: number; end: number } {
  const start = startOfDate(date, zone).getTime();
  const end = startOfDate(addDays(date, 1), zone).getTime();
  dateInZone(new Date(start + 1000), zone);
  dateInZone(new Date(end - 1000), zone);
  return { start, end };
}

const DAYS: [zone: string, date: string][] = [
  ['Europe/Brussels', '2026-03-29'], // 23 hours
  ['Europe/Brussels', '2026-10-25'], // 25 hours
  ['Europe/Brussels', '2026-06-15'],
  ['Asia/Kathmandu', '2026-03-10'], // +05:45
  ['Australia/Adelaide', '2026-04-05'], // +10:30 to +09:30
  ['Australia/Adelaide', '2026-10-04'], // +09:30 to +10:30
  ['America/Havana', '2026-03-08'], // the day starts at 01:00
];

describe('dateInZone day cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(DAYS)('gives %s %s and its neighbours exactly at the edges', (zone, date) => {
    const { start, end } = warm(date, zone);
    for (const at of [start - 1, start, start + 1, end - 1, end, end + 1, start - 1, end]) {
      expect(dateInZone(new Date(at), zone)).toBe(reference(at, zone));
    }
    expect(dateInZone(new Date(start), zone)).toBe(date);
    expect(dateInZone(new Date(end - 1), zone)).toBe(date);
    expect(dateInZone(new Date(end), zone)).toBe(addDays(date, 1));
    expect(dateInZone(new Date(start - 1), zone)).toBe(addDays(date, -1));
  });

  it('answers every instant of a known day without Intl', () => {
    const { start, end } = warm('2026-10-25', 'Europe/Brussels');
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    for (let at = start; at < end; at += 997_000) {
      expect(dateInZone(new Date(at), 'Europe/Brussels')).toBe('2026-10-25');
    }
    expect(formatToParts).not.toHaveBeenCalled();
  });

  it('gives each instant of a month its date, in order and in no order', () => {
    const zone = 'Australia/Adelaide';
    const first = Date.parse('2026-03-20T00:00:00Z');
    const instants = Array.from({ length: 2000 }, (_, i) => first + i * 1_303_000);
    const shuffled = instants.map((at, i) => instants[(i * 7919) % instants.length] ?? at);
    for (const at of [...instants, ...shuffled]) {
      expect(dateInZone(new Date(at), zone)).toBe(reference(at, zone));
    }
  });
});
