/**
 * Schedules' rows: written at creation, listed, found by id, cancelled while active, and moved on
 * a period when one is run.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { schedules } from '../../db/schema.ts';
import type { ScheduleRow } from './periods.ts';

export async function insertSchedule(ctx: Context, row: ScheduleRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(schedules).values(row));
}

/** Oldest first; every customer's when `customerId` is not given. */
export function listSchedules(ctx: Context, customerId: string | undefined) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(schedules)
      .where(customerId ? eq(schedules.customerId, customerId) : undefined)
      .orderBy(asc(schedules.createdAt), sql`schedules.rowid`),
  );
}

export function findSchedule(ctx: Context, scheduleId: string) {
  return ctx.tx.get(ctx.tx.db.select().from(schedules).where(eq(schedules.id, scheduleId)));
}

/** Saves `next` over an active schedule (a cancelled one never changes again). */
export async function saveActiveSchedule(ctx: Context, next: ScheduleRow): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db
      .update(schedules)
      .set(next)
      .where(and(eq(schedules.id, next.id), eq(schedules.status, 'active'))),
  );
}

/** Saves `next` after a period was made, whatever the stored status. */
export async function saveRunSchedule(ctx: Context, next: ScheduleRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.update(schedules).set(next).where(eq(schedules.id, next.id)));
}
