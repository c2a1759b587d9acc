/**
 * Calendar periods of whole months, worked out in one place: the month or quarter holding a day
 * (a budget in hours, SPEC 12) and a given month (the balance-due invoice, SPEC 4). Each gives its
 * first and last day and the first day after it, as business dates (`YYYY-MM-DD`); pure.
 */
import { addDays, addMonthsToMonth, monthOf } from '../../../shared/dates.ts';

export type CalendarPeriod = { from: string; to: string; next: string };

/** Months in each kind of calendar period. */
export const PERIOD_MONTHS = { month: 1, quarter: 3 } as const;

/** The period of `months` (1 or 3) starting on the first day of `month` (`YYYY-MM`). */
function periodFrom(month: string, months: number): CalendarPeriod {
  const next = `${addMonthsToMonth(month, months)}-01`;
  return { from: `${month}-01`, to: addDays(next, -1), next };
}

/** The calendar month or quarter (January, April, July, October first) holding `day`. */
export function calendarPeriodOn(day: string, kind: keyof typeof PERIOD_MONTHS): CalendarPeriod {
  const month = monthOf(day);
  const monthIndex = Number(month.slice(5, 7)) - 1;
  const months = PERIOD_MONTHS[kind];
  return periodFrom(addMonthsToMonth(month, -(monthIndex % months)), months);
}

/** The calendar month `YYYY-MM`. */
export function monthPeriod(month: string): CalendarPeriod {
  return periodFrom(month, 1);
}
