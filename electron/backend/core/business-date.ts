/**
 * Business dates of entries (SPEC 12): the date a person gives an entry is never in the future
 * and never on or before the closing date (Settings), so a period whose statements were sent stays
 * as sent. An entry the application dates itself (an expiry) whose natural date falls in a closed
 * period takes effect the day after the closing date instead.
 */
import { addDays } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { eq } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { settings } from '../db/schema.ts';

/** The id of the one row of settings. */
export const SETTINGS_ROW_ID = 1;

function prepareClosingDate(db: Db) {
  return db
    .select({ closingDate: settings.closingDate })
    .from(settings)
    .where(eq(settings.id, SETTINGS_ROW_ID))
    .prepare();
}

export async function closingDate(ctx: Context): Promise<string | null> {
  const row = await ctx.tx.get(ctx.tx.prepared('closingDate', prepareClosingDate));
  return row?.closingDate ?? null;
}

/**
 * A date a person chose for an entry, checked; `undefined` is today. Today is never closed (the
 * closing date is always before it), so only a date in the past reads the setting.
 */
export async function requireBusinessDate(
  ctx: Context,
  date: string | undefined,
  field: string,
): Promise<string> {
  if (date === undefined || date === ctx.today) return ctx.today;
  if (date > ctx.today) {
    throw new AppError('VALIDATION', `The date ${date} is in the future`, field);
  }
  const closed = await closingDate(ctx);
  if (closed !== null && date <= closed) {
    throw new AppError(
      'VALIDATION',
      `The books are closed through ${closed}: date the entry after it`,
      field,
    );
  }
  return date;
}

/** A date the application chose for an entry, moved out of a closed period when it falls in one. */
export async function systemBusinessDate(ctx: Context, natural: string): Promise<string> {
  if (natural >= ctx.today) return natural;
  const closed = await closingDate(ctx);
  return closed !== null && natural <= closed ? addDays(closed, 1) : natural;
}
