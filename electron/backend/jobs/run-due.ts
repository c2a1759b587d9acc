/**
 * The scheduled pass (SPEC 6), in this order: expire grants; recurring invoices; monthly
 * balance-due invoices; overdue blocks; replenishment. Schedules and customers are visited in
 * transactions that stop once their time budget is spent (always after one whole customer), each
 * read afresh there, and the pass yields to the event loop between them, so other calls are
 * served while it runs and no transaction holds the file much longer than the budget. Candidates
 * are read a chunk at a time in a short transaction of their own. Every step records its
 * progress in the rows it changes, so a second run at the same moment does nothing and an
 * interrupted run resumes.
 */
import { and, asc, eq, gt, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { JobCounts } from '../../../shared/contract/types.ts';
import { addMonthsToMonth, monthOf } from '../../../shared/dates.ts';
import type { Context } from '../context.ts';
import type { BatchRunner } from '../handler.ts';
import { customers, schedules } from '../db/schema.ts';
import { expireCustomer, expireDueBatch } from '../core/expiry.ts';
import { hot } from '../core/hot-queries.ts';
import type { CustomerRow } from '../core/post-entry.ts';
import { markMonthDone, monthsDue, runBalanceDueMonth } from '../core/balance-due.ts';
import { refreshBlock } from '../core/credit-block.ts';
import { replenishIfDue } from '../core/replenishment.ts';
import { runNextPeriod } from '../domains/schedules/periods.ts';
import { visitWithin } from './time-budget.ts';

/** Candidates one chunk reads at most; they are then visited a few to a transaction. */
export const JOB_BATCH_MAX = 50;

export async function runDue(batch: BatchRunner): Promise<JobCounts> {
  const counts: JobCounts = {
    expired: await expireUntilDone(batch),
    recurringIssued: 0,
    balanceDueIssued: 0,
    blocked: 0,
    unblocked: 0,
    replenishmentsIssued: 0,
  };
  await eachWithinBudget(batch, dueSchedules, async (ctx, id) => {
    const row = await scheduleById(ctx, id);
    if (row !== undefined && (await runNextPeriod(ctx, row)).made) counts.recurringIssued += 1;
  });
  await eachWithinBudget(batch, balanceDueCandidates, async (ctx, id) => {
    const row = await customerById(ctx, id);
    if (row !== undefined && (await runBalanceDue(ctx, row))) counts.balanceDueIssued += 1;
  });
  await eachWithinBudget(batch, after(blockCandidates), async (ctx, id) => {
    const row = await customerById(ctx, id);
    if (row === undefined) return;
    const change = (await refreshBlock(ctx, await expireCustomer(ctx, row))).change;
    if (change === 'blocked') counts.blocked += 1;
    if (change === 'unblocked') counts.unblocked += 1;
  });
  await eachWithinBudget(batch, after(replenishmentCandidates), async (ctx, id) => {
    const row = await customerById(ctx, id);
    if (row === undefined) return;
    if ((await replenishIfDue(ctx, await expireCustomer(ctx, row))).issued) {
      counts.replenishmentsIssued += 1;
    }
  });
  return counts;
}

/** Expiry in batches within the time budget (the start-up's own step), until none is due. */
async function expireUntilDone(batch: BatchRunner): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await batch(expireDueBatch);
    if (expired === 0) return total;
    total += expired;
  }
}

/** The next chunk of candidate ids, given the last id of the chunk before (null at first). */
type Chunk = (ctx: Context, lastId: string | null) => Promise<string[]>;

/**
 * Reads candidates a chunk at a time, each chunk in a short transaction, then visits them in
 * transactions that take candidates until the batch's time budget is spent (at least one, whole):
 * one per customer made a pass of 10,000 customers twice as long for no shorter hold. The visit
 * reads its row again, since other calls run in between. A chunk that finds nothing ends the step.
 */
async function eachWithinBudget(
  batch: BatchRunner,
  chunk: Chunk,
  visit: (ctx: Context, id: string) => Promise<void>,
): Promise<void> {
  let lastId: string | null = null;
  for (;;) {
    const ids = await batch((ctx) => chunk(ctx, lastId));
    if (ids.length === 0) return;
    for (let next = 0; next < ids.length;) {
      const rest = ids.slice(next);
      next += await batch((ctx) => visitWithin(rest, ctx.batchBudget(), (id) => visit(ctx, id)));
    }
    lastId = ids.at(-1) ?? null;
  }
}

async function customerById(ctx: Context, id: string): Promise<CustomerRow | undefined> {
  return await ctx.tx.get(hot(ctx.tx).customerById, { id });
}

async function scheduleById(ctx: Context, id: string) {
  return await ctx.tx.get(ctx.tx.db.select().from(schedules).where(eq(schedules.id, id)));
}

/** Schedules due today or before; each run moves its next date on (or ends it). */
async function dueSchedules(ctx: Context): Promise<string[]> {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select({ id: schedules.id })
      .from(schedules)
      .where(and(eq(schedules.status, 'active'), lte(schedules.nextRunOn, ctx.today)))
      .orderBy(asc(schedules.nextRunOn), asc(schedules.id))
      .limit(JOB_BATCH_MAX),
  );
  return rows.map((row) => row.id);
}

/** Customers with a month still to run; each run records the month done. */
async function balanceDueCandidates(ctx: Context): Promise<string[]> {
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select({ id: customers.id })
      .from(customers)
      .where(
        or(isNull(customers.balanceDueThrough), lt(customers.balanceDueThrough, lastMonth(ctx))),
      )
      .orderBy(asc(customers.balanceDueThrough), asc(customers.id))
      .limit(JOB_BATCH_MAX),
  );
  return rows.map((row) => row.id);
}

function lastMonth(ctx: Context): string {
  return addMonthsToMonth(monthOf(ctx.today), -1);
}

/** The oldest month still to run for one customer; whether an invoice was issued. */
async function runBalanceDue(ctx: Context, row: CustomerRow): Promise<boolean> {
  const month = monthsDue(row, ctx.today)[0];
  // Also a customer switched back to prepaid while still in debt: that debt is invoiced too.
  const isBilledMonthly = row.billingMode !== 'prepaid' || row.balanceMinor < 0;
  if (month === undefined || !isBilledMonthly) {
    const last = lastMonth(ctx);
    if (row.balanceDueThrough === null || row.balanceDueThrough < last) {
      await markMonthDone(ctx, row.id, last);
    }
    return false;
  }
  return await runBalanceDueMonth(ctx, await expireCustomer(ctx, row), month);
}

/** Candidates in id order, after the last one of the chunk before. */
function after(candidates: (ctx: Context, afterId: string) => Promise<CustomerRow[]>): Chunk {
  return async (ctx, lastId) => (await candidates(ctx, lastId ?? '')).map((row) => row.id);
}

async function blockCandidates(ctx: Context, afterId: string): Promise<CustomerRow[]> {
  return await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(customers)
      .where(
        and(
          gt(customers.id, afterId),
          or(eq(customers.billingMode, 'credit_limit'), eq(customers.creditLimitBlocked, true)),
        ),
      )
      .orderBy(asc(customers.id))
      .limit(JOB_BATCH_MAX),
  );
}

async function replenishmentCandidates(ctx: Context, afterId: string): Promise<CustomerRow[]> {
  return await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(customers)
      .where(
        and(
          gt(customers.id, afterId),
          eq(customers.replenishmentEnabled, true),
          isNotNull(customers.replenishmentThresholdMinor),
          sql`${customers.balanceMinor} >= 0`,
          sql`${customers.balanceMinor} < ${customers.replenishmentThresholdMinor}`,
        ),
      )
      .orderBy(asc(customers.id))
      .limit(JOB_BATCH_MAX),
  );
}
