/**
 * Recurring invoices from a contract (SPEC 5): lines, an interval, a start and an optional end.
 * Each period makes one invoice dated at the period's start, issued or left as a draft: a
 * standard invoice, or a top-up request (a retainer). An allowance schedule instead grants an
 * amount of promotional credit each period, expiring at the period's end (SPEC 12).
 */
import type { Schedule, ScheduleKind } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { minor, parseMoney, toMoney, type MinorUnits } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';
import { requireActive, requireCustomer } from '../../core/customers.ts';
import { priceLines, type PricedLine } from '../invoices/rules.ts';
import { parseScheduleLines, type ScheduleRow } from './periods.ts';
import { inTurn } from '../../storage/in-turn.ts';
import { findSchedule, insertSchedule, listSchedules, saveActiveSchedule } from './repo.ts';

function toSchedule(row: ScheduleRow, currency: string): Schedule {
  return {
    id: row.id,
    customerId: row.customerId,
    kind: row.kind,
    allowance: row.allowanceMinor === null ? null : toMoney(row.allowanceMinor, currency),
    lines: parseScheduleLines(row).map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: toMoney(minor(line.unitPriceMinor), currency),
      taxRate: line.taxRate,
    })),
    interval: row.interval,
    startDate: row.startDate,
    endDate: row.endDate,
    autoIssue: row.autoIssue,
    status: row.status,
    nextRunOn: row.nextRunOn,
    memo: row.memo,
    createdAt: row.createdAt,
  };
}

/**
 * An invoice schedule needs lines and no amount; an allowance an amount and no lines. Errors in
 * order: VALIDATION on `lines`, then on `amount`, then the lines' own checks.
 */
function whatEachPeriodMakes(
  input: Parameters<Handler<'schedules.create'>>[0],
  kind: ScheduleKind,
  currency: string,
): { lines: PricedLine[]; allowanceMinor: MinorUnits | null } {
  const isAllowance = kind === 'allowance';
  if (isAllowance === (input.lines !== undefined)) {
    const words = isAllowance ? 'An allowance grants an amount, not lines' : 'Lines are needed';
    throw new AppError('VALIDATION', words, 'lines');
  }
  if (isAllowance === (input.amount === undefined)) {
    const words = isAllowance ? 'An allowance needs an amount' : 'Only an allowance has an amount';
    throw new AppError('VALIDATION', words, 'amount');
  }
  if (input.amount !== undefined) {
    return { lines: [], allowanceMinor: parseMoney(input.amount, currency, 'amount') };
  }
  return { lines: priceLines(input.lines ?? [], currency).lines, allowanceMinor: null };
}

const create: Handler<'schedules.create'> = async (input, ctx) => {
  const customer = requireActive(await requireCustomer(ctx, input.customerId));
  if (input.endDate !== undefined && input.endDate < input.startDate) {
    throw new AppError('VALIDATION', 'The end date must not be before the start date', 'endDate');
  }
  const kind = input.kind ?? 'standard';
  const { lines, allowanceMinor } = whatEachPeriodMakes(input, kind, customer.currency);
  const row: ScheduleRow = {
    id: newId('sch'),
    customerId: customer.id,
    kind,
    allowanceMinor,
    linesJson: JSON.stringify(lines),
    interval: input.interval,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    autoIssue: input.autoIssue,
    status: 'active',
    nextPeriod: 0,
    nextRunOn: input.startDate,
    memo: input.memo ?? '',
    createdAt: ctx.nowAt,
    updatedAt: ctx.nowAt,
  };
  await insertSchedule(ctx, row);
  const schedule = toSchedule(row, customer.currency);
  await writeAudit(ctx, {
    action: 'schedules.create',
    entityType: 'schedule',
    entityId: row.id,
    after: schedule,
  });
  return schedule;
};

const list: Handler<'schedules.list'> = async (input, ctx) => {
  const rows = await listSchedules(ctx, input.customerId);
  return inTurn(rows, async (row) =>
    toSchedule(row, (await requireCustomer(ctx, row.customerId)).currency),
  );
};

const cancel: Handler<'schedules.cancel'> = async (input, ctx) => {
  const row = await findSchedule(ctx, input.scheduleId);
  if (!row) throw new AppError('NOT_FOUND', `No schedule ${input.scheduleId}`, 'scheduleId');
  if (row.status !== 'active')
    throw new AppError('CONFLICT', `The schedule is already ${row.status}`);
  const next = { ...row, status: 'cancelled' as const, nextRunOn: null, updatedAt: ctx.nowAt };
  await saveActiveSchedule(ctx, next);
  const currency = (await requireCustomer(ctx, row.customerId)).currency;
  await writeAudit(ctx, {
    action: 'schedules.cancel',
    entityType: 'schedule',
    entityId: row.id,
    before: toSchedule(row, currency),
    after: toSchedule(next, currency),
  });
  return toSchedule(next, currency);
};

export const scheduleHandlers: HandlerMap<
  'schedules.create' | 'schedules.list' | 'schedules.cancel'
> = {
  'schedules.create': create,
  'schedules.list': list,
  'schedules.cancel': cancel,
};
