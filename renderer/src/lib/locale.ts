/**
 * The person's locale and how dates read in it. Business dates (`YYYY-MM-DD`) are shown as the
 * calendar day they name, whatever the time zone; instants are shown in local time.
 */

export const userLocale: string = navigator.language || 'en-US';

const dayFormat = new Intl.DateTimeFormat(userLocale, { dateStyle: 'medium', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat(userLocale, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const timeFormat = new Intl.DateTimeFormat(userLocale, { timeStyle: 'short' });
const monthFormat = new Intl.DateTimeFormat(userLocale, {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** `2026-03-01` as people read it, e.g. "Mar 1, 2026". */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** An ISO instant in local time, e.g. "Mar 1, 2026, 10:00 AM". */
export function formatInstant(instant: string): string {
  return instantFormat.format(new Date(instant));
}

/** The local time of an instant, e.g. "4:00 PM". */
export function formatTime(instant: string): string {
  return timeFormat.format(new Date(instant));
}

/** `2026-03` as a short month label, e.g. "Mar 26". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

const longMonthFormat = new Intl.DateTimeFormat(userLocale, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03` as a full month label, e.g. "March 2026". */
export function formatLongMonth(month: string): string {
  return longMonthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Today's business date on this computer (the application runs in the business's zone). */
export function todayLocal(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The business date of an instant on this computer. */
export function localDateOf(instant: string): string {
  const at = new Date(instant);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
