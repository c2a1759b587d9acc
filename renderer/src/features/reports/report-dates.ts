/** The Reports page's default dates: the end of last month, and last month as the period. */
import { addDays, addMonthsToMonth } from '../../../../shared/dates.ts';
import { todayLocal } from '../../lib/locale.ts';

export function lastMonthEnd(today: string = todayLocal()): string {
  return addDays(`${today.slice(0, 7)}-01`, -1);
}

export function lastMonth(today: string = todayLocal()): [string, string] {
  return [`${addMonthsToMonth(today.slice(0, 7), -1)}-01`, lastMonthEnd(today)];
}
