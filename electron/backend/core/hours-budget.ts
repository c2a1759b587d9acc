/**
 * Budgets in hours (SPEC 12): the period running on a day, the hours worked in it (every time
 * entry of the customer dated in it, whatever became of it) and what is left, in exact decimals.
 * Read by `balance.get` and by `time.create`, which prices time beyond a `charge` budget at the
 * overage rate.
 */
import Decimal from 'decimal.js';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { HoursBudget } from '../../../shared/contract/types.ts';
import { toMoneyOrNull } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { hoursBudgets, timeEntries } from '../db/schema.ts';
import { hoursText } from '../../../shared/hours-text.ts';
import { calendarPeriodOn } from './calendar-period.ts';

export type HoursBudgetRow = typeof hoursBudgets.$inferSelect;

/** The period running on `today`: a calendar month or quarter, or the one-off's own dates. */
export function periodOn(row: HoursBudgetRow, today: string): { from: string; to: string | null } {
  if (row.period === 'once') return { from: row.startsOn ?? today, to: row.endsOn };
  const { from, to } = calendarPeriodOn(today, row.period);
  return { from, to };
}

const p = (name: string) => sql.placeholder(name);

/** A budget and the hours of its period, prepared once per storage (`balance.get` reads both). */
function prepareBudgetQueries(db: Db) {
  const hoursFrom = (through: boolean) =>
    db
      .select({ hours: timeEntries.hours })
      .from(timeEntries)
      .where(
        and(
          eq(timeEntries.customerId, p('customerId')),
          gte(timeEntries.workedOn, p('from')),
          through ? lte(timeEntries.workedOn, p('to')) : undefined,
        ),
      )
      .prepare();
  return {
    budget: db
      .select()
      .from(hoursBudgets)
      .where(eq(hoursBudgets.customerId, p('customerId')))
      .prepare(),
    hoursBetween: hoursFrom(true),
    hoursSince: hoursFrom(false),
  };
}

const queries = (ctx: Context) => ctx.tx.prepared('hoursBudget', prepareBudgetQueries);

export async function findHoursBudget(ctx: Context, customerId: string) {
  return (await ctx.tx.get(queries(ctx).budget, { customerId })) ?? null;
}

/** Hours of every time entry dated in the period, summed exactly. */
export async function hoursWorked(
  ctx: Context,
  customerId: string,
  period: { from: string; to: string | null },
): Promise<Decimal> {
  const { from, to } = period;
  const rows =
    to === null
      ? await ctx.tx.all(queries(ctx).hoursSince, { customerId, from })
      : await ctx.tx.all(queries(ctx).hoursBetween, { customerId, from, to });
  return rows.reduce((sum, row) => sum.plus(row.hours), new Decimal(0));
}

/** Whether a day falls in the period. */
export function isInPeriod(day: string, period: { from: string; to: string | null }): boolean {
  return day >= period.from && (period.to === null || day <= period.to);
}

/** The budget and its use on `day` (today by default); null without a budget. */
export async function toHoursBudget(
  ctx: Context,
  customer: { id: string; currency: string },
  day = ctx.today,
): Promise<HoursBudget | null> {
  const row = await findHoursBudget(ctx, customer.id);
  if (row === null) return null;
  const period = periodOn(row, day);
  const used = await hoursWorked(ctx, customer.id, period);
  const agreed = new Decimal(row.hours);
  const text = hoursText;
  return {
    period: row.period,
    ...period,
    agreed: text(agreed),
    used: text(used),
    left: text(Decimal.max(agreed.minus(used), 0)),
    beyond: text(Decimal.max(used.minus(agreed), 0)),
    overage: row.overage,
    overageRate: toMoneyOrNull(row.overageRateMinor, customer.currency),
  };
}
