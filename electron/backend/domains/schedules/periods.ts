/**
 * Running recurring schedules: every period whose date has come makes one invoice (standard, or a
 * top-up request for a retainer) or grants one allowance, in order, and the schedule remembers
 * the next period, so a period is made once and never twice, however long the application was
 * closed. An allowance is promotional credit usable through the period's last day; one caught up
 * after that day expires at once.
 */
import { addDays, addMonths } from '../../../../shared/dates.ts';
import { assert } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import { asSystem } from '../../context.ts';
import { postEntry, type CustomerRow } from '../../core/post-entry.ts';
import { minor, toMoney } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import { schedules } from '../../db/schema.ts';
import { afterDebit } from '../../core/after-debit.ts';
import { expireCustomer } from '../../core/expiry.ts';
import { requireCustomer } from '../../core/customers.ts';
import { createDraft, issueDraft } from '../../core/invoice-lifecycle.ts';
import type { PricedLine } from '../invoices/rules.ts';
import { saveRunSchedule } from './repo.ts';

export type ScheduleRow = typeof schedules.$inferSelect;

const MONTHS: Record<ScheduleRow['interval'], number> = { month: 1, quarter: 3, year: 12 };

export function parseScheduleLines(row: ScheduleRow): PricedLine[] {
  return JSON.parse(row.linesJson) as PricedLine[];
}

/** The date of period `index`, counted from the start so month ends do not drift (31 Jan, 28 Feb, 31 Mar). */
export function periodDate(row: ScheduleRow, index: number): string {
  return addMonths(row.startDate, index * MONTHS[row.interval]);
}

/** Makes the invoice of the schedule's next period if its date has come; returns whether it did. */
export async function runNextPeriod(
  ctx: Context,
  row: ScheduleRow,
): Promise<{ made: boolean; row: ScheduleRow }> {
  if (row.status !== 'active' || row.nextRunOn === null || row.nextRunOn > ctx.today) {
    return { made: false, row };
  }
  const customer = await expireCustomer(ctx, await requireCustomer(ctx, row.customerId));
  if (row.kind === 'allowance') await grantAllowance(ctx, row, customer);
  else await makeInvoice(ctx, row, customer);
  const nextPeriod = row.nextPeriod + 1;
  const nextDate = periodDate(row, nextPeriod);
  const ended = row.endDate !== null && nextDate > row.endDate;
  const next: ScheduleRow = {
    ...row,
    nextPeriod,
    nextRunOn: ended ? null : nextDate,
    status: ended ? 'ended' : 'active',
    updatedAt: ctx.nowAt,
  };
  await saveRunSchedule(ctx, next);
  return { made: true, row: next };
}

/** The period's invoice, of the schedule's kind, dated at the period's start. */
async function makeInvoice(ctx: Context, row: ScheduleRow, customer: CustomerRow): Promise<void> {
  const lines = parseScheduleLines(row).map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPrice: toMoney(minor(line.unitPriceMinor), customer.currency),
    taxRate: line.taxRate,
  }));
  const draft = await createDraft(ctx, customer, {
    kind: row.kind === 'top_up' ? 'top_up' : 'standard',
    lines,
    issueDate: row.nextRunOn,
    memo: row.memo,
    origin: `schedule:${row.id}:${row.nextPeriod}`,
  });
  if (row.autoIssue) await afterDebit(ctx, (await issueDraft(ctx, customer, draft)).customer);
}

/** The period's promotional credit, usable through the day before the next period starts. */
async function grantAllowance(
  ctx: Context,
  row: ScheduleRow,
  customer: CustomerRow,
): Promise<void> {
  assert(row.allowanceMinor !== null, () => `allowance schedule ${row.id} has an amount`);
  const startsOn = periodDate(row, row.nextPeriod);
  const expiresOn = addDays(periodDate(row, row.nextPeriod + 1), -1);
  const system = asSystem(ctx);
  const posted = await postEntry(system, {
    customer,
    type: 'promotional_credit',
    amountMinor: row.allowanceMinor,
    description: `Allowance ${startsOn} to ${expiresOn}${row.memo ? `: ${row.memo}` : ''}`,
    grant: { kind: 'promotional', expiresOn },
  });
  await writeAudit(system, {
    action: 'schedules.grantAllowance',
    entityType: 'schedule',
    entityId: row.id,
    after: {
      entryId: posted.entry.id,
      amount: toMoney(row.allowanceMinor, customer.currency),
      period: row.nextPeriod,
      expiresOn,
    },
  });
  await expireCustomer(ctx, posted.customer);
}
