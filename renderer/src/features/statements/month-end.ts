/**
 * Month-end statements without React: the month before today, a month's first and last day, the
 * name each customer's statement is suggested under, and every customer read page by page. Dates
 * are built from the year and month numbers, never from a local `Date`, so no time zone can move
 * them a day.
 */
import { EXPORT_FOLDER_FILES_MAX } from '../../../../shared/contract/app-channels.ts';
import { PAGE_LIMIT_MAX } from '../../../../shared/contract/schemas/common.ts';
import type { CustomerSummary, Page } from '../../../../shared/contract/types.ts';
import { addMonthsToMonth, monthOf } from '../../../../shared/dates.ts';
import { ApiError } from '../../api/api-error.ts';
import { attempt, type Attempt } from '../../api/client.ts';

/** The longest suggested file name `app.chooseExportFolder` accepts. */
const SUGGESTED_NAME_MAX = 200;

export type MonthRange = { from: string; to: string };

/** `YYYY-MM` of the month before `today` (a `YYYY-MM-DD` business date). */
export function previousMonth(today: string): string {
  return addMonthsToMonth(monthOf(today), -1);
}

/** The first and last day of `month` (`YYYY-MM`). */
export function monthRange(month: string): MonthRange {
  const year = Number.parseInt(month.slice(0, 4), 10);
  const index = Number.parseInt(month.slice(5, 7), 10);
  // Day 0 of the next month is the last day of this one; UTC keeps the local zone out of it.
  const lastDay = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** `<name> statement <from> to <to>`, the name shortened (never mid-character) to fit the limit. */
export function statementFileStem(name: string, range: MonthRange): string {
  const suffix = ` statement ${range.from} to ${range.to}`;
  const room = SUGGESTED_NAME_MAX - suffix.length;
  let stem = '';
  for (const character of name) {
    if (stem.length + character.length > room) break;
    stem += character;
  }
  return `${stem}${suffix}`;
}

function tooManyCustomers(): ApiError {
  const most = EXPORT_FOLDER_FILES_MAX.toLocaleString();
  return new ApiError({
    code: 'VALIDATION',
    message: `Month-end statements are made for at most ${most} customers at once.`,
  });
}

/** Every customer, one page of the largest size after another, refused past the folder's limit. */
export async function loadAllCustomers(): Promise<Attempt<CustomerSummary[]>> {
  const customers: CustomerSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: Attempt<Page<CustomerSummary>> = await attempt('customers.list', {
      limit: PAGE_LIMIT_MAX,
      ...(cursor === null ? {} : { cursor }),
    });
    if (!page.ok) return page;
    customers.push(...page.data.items);
    if (customers.length > EXPORT_FOLDER_FILES_MAX) return { ok: false, error: tooManyCustomers() };
    cursor = page.data.nextCursor;
  } while (cursor !== null);
  return { ok: true, data: customers };
}
