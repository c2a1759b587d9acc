/**
 * The scheduled pass (SPEC 6), in this order: expire grants; recurring invoices; monthly
 * balance-due invoices; overdue blocks; replenishment. It works in bounded batches, each its own
 * transaction, and yields to the event loop between them, so other calls are served while it runs
 * and no transaction holds the file for long. Every step records its progress in the rows it
 * changes, so a second run at the same moment does nothing and an interrupted run resumes.
 */
import { and, asc, eq, gt, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { JobCounts } from '../../../shared/contract/types.ts';
import { addMonthsToMonth, monthOf } from '../../../shared/dates.ts';
import type { Context } from '../context.ts';
import type { BatchRunner } from '../handler.ts';
import { customers, schedules } from '../db/schema.ts';
import { expireCustomer, expireDueBatch } from '../core/expiry.ts';
import type { CustomerRow } from '../core/post-entry.ts';
import { monthsDue, runBalanceDueMonth } from '../core/balance-due.ts';
import { refreshBlock } from '../core/credit-block.ts';
import { replenishIfDue } from '../core/replenishment.ts';
import { runNextPeriod } from '../domains/schedules/periods.ts';
import { visitWithin } from './time-budget.ts';

/** Customers (or schedules) one transaction handles at most; it also stops when its time budget
 * is spent, and the rows it did not reach are read again by the next batch. */
export const JOB_BATCH_MAX = 50;

export async function runDue(batch: BatchRunner): Promise<JobCounts> {
  const counts: JobCounts = {
    expired: await untilDone(batch, async (ctx) => counted(await expireDueBatch(ctx))),
    recurringIssued: await untilDone(batch, recurringBatch),
    balanceDueIssued: await untilDone(batch, balanceDueBatch),
    blocked: 0,
    unblocked: 0,
    replenishmentsIssued: 0,
  };
  await forEachCustomer(batch, blockCandidates, async (ctx, row) => {
    const change = (await refreshBlock(ctx, await expireCustomer(ctx, row))).change;
    if (change === 'blocked') counts.blocked += 1;
    if (change === 'unblocked') counts.unblocked += 1;
  });
  await forEachCustomer(batch, replenishmentCandidates, async (ctx, row) => {
    if ((await replenishIfDue(ctx, await expireCustomer(ctx, row))).issued)
      counts.replenishmentsIssued += 1;
  });
  return counts;
}

/** What a batch did: rows it moved forward, and how many of them count in the pass's result. */
type BatchResult = { processed: number; counted: number };

function counted(processed: number): BatchResult {
  return { processed, counted: processed };
}

/** Repeats a batch until one moves nothing forward; every batch moves what it reads forward. */
async function untilDone(
  batch: BatchRunner,
  work: (ctx: Context) => Promise<BatchResult>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await batch(work);
    if (result.processed === 0) return total;
    total += result.counted;
  }
}

async function recurringBatch(ctx: Context): Promise<BatchResult> {
  const due = await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(schedules)
      .where(and(eq(schedules.status, 'active'), lte(schedules.nextRunOn, ctx.today)))
      .orderBy(asc(schedules.nextRunOn), asc(schedules.id))
      .limit(JOB_BATCH_MAX),
  );
  let made = 0;
  const processed = await visitWithin(due, ctx.batchBudget(), async (row) => {
    if ((await runNextPeriod(ctx, row)).made) made += 1;
  });
  return { processed, counted: made };
}

/** The oldest month still to run for each of a batch of customers; counts invoices issued. */
async function balanceDueBatch(ctx: Context): Promise<BatchResult> {
  const last = addMonthsToMonth(monthOf(ctx.today), -1);
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(customers)
      .where(or(isNull(customers.balanceDueThrough), lt(customers.balanceDueThrough, last)))
      .orderBy(asc(customers.balanceDueThrough), asc(customers.id))
      .limit(JOB_BATCH_MAX),
  );
  let issued = 0;
  const processed = await visitWithin(rows, ctx.batchBudget(), async (row) => {
    const month = monthsDue(row, ctx.today)[0];
    // Also a customer switched back to prepaid while still in debt: that debt is invoiced too.
    const isBilledMonthly = row.billingMode !== 'prepaid' || row.balanceMinor < 0;
    if (month === undefined || !isBilledMonthly) {
      await ctx.tx.run(
        ctx.tx.db
          .update(customers)
          .set({ balanceDueThrough: last })
          .where(eq(customers.id, row.id)),
      );
    } else if (await runBalanceDueMonth(ctx, await expireCustomer(ctx, row), month)) {
      issued += 1;
    }
  });
  return { processed, counted: issued };
}

type Candidates = (ctx: Context, afterId: string) => Promise<CustomerRow[]>;

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

/** Walks candidates in id order, one batch per transaction, each within its time budget. */
async function forEachCustomer(
  batch: BatchRunner,
  candidates: Candidates,
  visit: (ctx: Context, customer: CustomerRow) => Promise<void>,
): Promise<void> {
  let afterId = '';
  for (;;) {
    const last = await batch(async (ctx) => {
      const rows = await candidates(ctx, afterId);
      const visited = await visitWithin(rows, ctx.batchBudget(), (row) => visit(ctx, row));
      return rows[visited - 1]?.id ?? null;
    });
    if (last === null) return;
    afterId = last;
  }
}
