/**
 * Date cells read into ISO business dates (`YYYY-MM-DD`). ISO and year-first dates
 * (2026-04-03, 2026/04/03) read one way; 03/04/2026 (with / . or -) reads as 3 April when the
 * day comes first and 4 March when the month does. A four-digit year is required: "03/04/26"
 * could be three centuries. Detection mirrors amounts: a part above 12 tells the order.
 */
import type { DateOrder } from '../../../shared/contract/schemas/imports.ts';

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar, by arithmetic (no Date per cell of a large file). */
function daysIn(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function iso(year: string, month: string, day: string): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The ISO date of `text` read in `order`, or null when it is no date. */
export function readDateWith(text: string, order: DateOrder): string | null {
  const trimmed = text.trim();
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst) return iso(yearFirst[1] ?? '', yearFirst[2] ?? '', yearFirst[3] ?? '');
  const yearLast = YEAR_LAST.exec(trimmed);
  if (!yearLast) return null;
  const [, first = '', second = '', year = ''] = yearLast;
  return order === 'day_first' ? iso(year, second, first) : iso(year, first, second);
}

export type DateGuess =
  | { kind: 'one'; value: string; order: DateOrder | null }
  | { kind: 'two'; dayFirst: string; monthFirst: string }
  | { kind: 'none' };

export function guessDate(text: string): DateGuess {
  const dayFirst = readDateWith(text, 'day_first');
  const monthFirst = readDateWith(text, 'month_first');
  if (dayFirst !== null && monthFirst !== null) {
    return dayFirst === monthFirst
      ? { kind: 'one', value: dayFirst, order: null }
      : { kind: 'two', dayFirst, monthFirst };
  }
  if (dayFirst !== null) return { kind: 'one', value: dayFirst, order: 'day_first' };
  if (monthFirst !== null) return { kind: 'one', value: monthFirst, order: 'month_first' };
  return { kind: 'none' };
}

/** The order the file shows, or null when no cell tells or cells tell both. */
export function detectDateOrder(cells: Iterable<string>): DateOrder | null {
  const seen = new Set<DateOrder>();
  for (const cell of cells) {
    const guess = guessDate(cell);
    if (guess.kind === 'one' && guess.order !== null) seen.add(guess.order);
    if (seen.size === 2) return null;
  }
  const [only] = seen;
  return only ?? null;
}
