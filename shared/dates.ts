/**
 * Business dates (`YYYY-MM-DD`) live in the business time zone; instants are ISO strings in UTC.
 * These helpers convert between them with Intl only, so daylight-saving changes are handled by
 * the platform's time-zone data.
 */

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and kind, made once: creating one costs far more than using it. */
function formatterFor(
  kind: 'parts' | 'date',
  zone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

const DATE_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
};
const ALL_PARTS: Intl.DateTimeFormatOptions = {
  ...DATE_PARTS,
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

function partsFormatter(zone: string): Intl.DateTimeFormat {
  return formatterFor('parts', zone, ALL_PARTS);
}

/** Year, month and day only: a third of the time of the full parts, once per statement line. */
function dateFormatter(zone: string): Intl.DateTimeFormat {
  return formatterFor('date', zone, DATE_PARTS);
}

function zonedParts(instant: Date, zone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number.parseInt(part.value, 10);
  }
  return parts;
}

/**
 * A business day found in a zone: its date and the instants [start, end) it spans. Every engine
 * call asks for today, so any instant inside the last day found skips Intl, the dearest step of
 * a call's setup.
 */
type Day = { date: string; start: number; end: number };

/** Per zone, the last day whose bounds are known and the last date found (bounds not sought). */
const days = new Map<string, { day: Day | null; lastDate: string }>();

/**
 * The business date of an instant in `zone`. A miss finds the date alone; only a second date in
 * a row on the same day pays for the day's bounds (six more conversions), so callers that
 * convert instants of many days in no order pay what they did before the cache.
 */
export function dateInZone(instant: Date, zone: string): string {
  const at = instant.getTime();
  const known = days.get(zone);
  const day = known?.day;
  if (day && at >= day.start && at < day.end) return day.date;
  const date = formatDate(instant, zone);
  const found = known?.lastDate === date ? dayBounds(date, at, zone) : null;
  days.set(zone, { day: found ?? day ?? null, lastDate: date });
  return date;
}

/** The instants `date` spans in `zone`, or null when the bounds do not hold `at` and stay on
 * the date (a zone whose day the start-of-day rule cannot find exactly is never cached). */
function dayBounds(date: string, at: number, zone: string): Day | null {
  const start = startOfDate(date, zone).getTime();
  const end = endOfDate(date, zone).getTime();
  if (at < start || at >= end) return null;
  if (formatDate(new Date(start), zone) !== date) return null;
  if (formatDate(new Date(end - 1), zone) !== date) return null;
  return { date, start, end };
}

function formatDate(instant: Date, zone: string): string {
  const p: Record<string, string> = {};
  for (const part of dateFormatter(zone).formatToParts(instant)) p[part.type] = part.value;
  return `${(p.year ?? '').padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
}

function pad(value: number | string | undefined): string {
  return String(value).padStart(2, '0');
}

/** Offset of `zone` from UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, zone: string): number {
  const p = zonedParts(instant, zone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The first instant of business date `date` in `zone` (midnight, or later on a DST gap). */
export function startOfDate(date: string, zone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let guess = midnightUtc - offsetMs(new Date(midnightUtc), zone);
  // A second pass settles the guess when an offset change lies between UTC and local midnight.
  guess = midnightUtc - offsetMs(new Date(guess), zone);
  if (formatDate(new Date(guess), zone) !== date) guess += 60 * 60 * 1000;
  return new Date(guess);
}

/** The instant business date `date` ends in `zone`: the start of the next day. */
export function endOfDate(date: string, zone: string): Date {
  return startOfDate(addDays(date, 1), zone);
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The month of a date, `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `YYYY-MM` plus `months` (negative goes back). */
export function addMonthsToMonth(month: string, months: number): string {
  const [year = 0, index = 1] = month.split('-').map((part) => Number.parseInt(part, 10));
  const total = year * 12 + (index - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** `date` plus `months`, kept on the same day of the month or the month's last day (31 Jan + 1 = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const month = addMonthsToMonth(monthOf(date), months);
  const day = Number.parseInt(date.slice(8, 10), 10);
  const lastDay = new Date(
    Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0),
  ).getUTCDate();
  return `${month}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
