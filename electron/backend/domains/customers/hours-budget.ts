/**
 * `customers.setHoursBudget` (SPEC 12): sets, replaces or (with `hours: null`) removes a
 * customer's budget in hours; admins and bookkeepers only (the registry's staff roles); audited
 * with the budget before and after. Answers the customer's balance with the budget's use now.
 */
import { AppError } from '../../../../shared/errors.ts';
import { parseMoney, type MinorUnits } from '../../../../shared/money.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Context } from '../../context.ts';
import type { Handler } from '../../handler.ts';
import { toBalance } from '../../core/balances.ts';
import { requireActive, requireCustomer } from '../../core/customers.ts';
import { toHoursBudget, type HoursBudgetRow } from '../../core/hours-budget.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { deleteHoursBudget, saveHoursBudget } from './repo.ts';

type Input = Parameters<Handler<'customers.setHoursBudget'>>[0];

function refuse(field: string, words: string): never {
  throw new AppError('VALIDATION', words, field);
}

/** Errors in order: VALIDATION on `period`, `startsOn`, `endsOn`, then `overageRate`. */
function budgetRow(input: Input, hours: string, currency: string, ctx: Context): HoursBudgetRow {
  const { period, startsOn, endsOn } = input;
  if (period === undefined) refuse('period', 'A budget needs a period: month, quarter or once');
  const isOnce = period === 'once';
  if (isOnce && startsOn === undefined) refuse('startsOn', 'A one-off budget needs a start date');
  if (!isOnce && startsOn !== undefined) refuse('startsOn', 'Only a one-off budget has dates');
  if (endsOn !== undefined && (!isOnce || (startsOn !== undefined && endsOn < startsOn))) {
    refuse('endsOn', 'The end date must follow the start date of a one-off budget');
  }
  const overage = input.overage ?? 'invoice';
  if ((overage === 'charge') === (input.overageRate === undefined)) {
    refuse('overageRate', 'An overage rate is given exactly when time beyond is charged');
  }
  const rateMinor: MinorUnits | null =
    input.overageRate === undefined ? null : parseMoney(input.overageRate, currency, 'overageRate');
  return {
    customerId: input.customerId,
    hours,
    period,
    startsOn: startsOn ?? null,
    endsOn: endsOn ?? null,
    overage,
    overageRateMinor: rateMinor,
    updatedAt: ctx.nowAt,
  };
}

/** Errors in order: NOT_FOUND, CONFLICT (archived), then those of `budgetRow`. */
export const setHoursBudget: Handler<'customers.setHoursBudget'> = async (input, ctx) => {
  const customer = requireActive(await requireCustomer(ctx, input.customerId));
  const row = input.hours === null ? null : budgetRow(input, input.hours, customer.currency, ctx);
  const before = await toHoursBudget(ctx, customer);
  if (row === null) await deleteHoursBudget(ctx, customer.id);
  else await saveHoursBudget(ctx, row);
  const after = await toHoursBudget(ctx, customer);
  await writeAudit(ctx, {
    action: 'customers.setHoursBudget',
    entityType: 'hours_budget',
    entityId: customer.id,
    before,
    after,
  });
  const balance = await toBalance(ctx, await bringUpToDate(ctx, customer));
  return { ...balance, hoursBudget: after };
};
