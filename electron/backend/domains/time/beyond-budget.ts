/**
 * Time beyond a budget in hours charged at the overage rate (SPEC 12): when a customer's budget
 * says `charge`, the hours of a new entry that pass what the period agreed become an entry of
 * their own at the overage rate, deducted from the balance at once if the billing mode allows
 * (else left unbilled, like any time). With `invoice`, or within the budget, nothing changes.
 */
import Decimal from 'decimal.js';
import { minor, multiplyToMinor, negate } from '../../../../shared/money.ts';
import type { Context } from '../../context.ts';
import { debitFollowUp } from '../../core/after-debit.ts';
import { hoursText } from '../../../../shared/hours-text.ts';
import { findHoursBudget, hoursWorked, isInPeriod, periodOn } from '../../core/hours-budget.ts';
import { postEntry, type CustomerRow } from '../../core/post-entry.ts';
import { bringUpToDate } from '../../core/up-to-date.ts';
import { refuseSpending } from '../balance/rules.ts';
import { markDeducted } from './repo.ts';
import type { TimeRow } from './selection.ts';

/** How many of `hours` worked on `day` pass a `charge` budget, and at what rate; null if none. */
export async function hoursBeyond(
  ctx: Context,
  customerId: string,
  day: string,
  hours: string,
): Promise<{ beyond: Decimal; rateMinor: number } | null> {
  const budget = await findHoursBudget(ctx, customerId);
  if (budget === null || budget.overage !== 'charge' || budget.overageRateMinor === null) {
    return null;
  }
  const period = periodOn(budget, day);
  if (!isInPeriod(day, period)) return null;
  const used = await hoursWorked(ctx, customerId, period);
  const left = Decimal.max(new Decimal(budget.hours).minus(used), 0);
  const beyond = Decimal.max(new Decimal(hours).minus(left), 0);
  return beyond.isZero() ? null : { beyond, rateMinor: budget.overageRateMinor };
}

/** The overage part of an entry: `hours` at `rateMinor`, priced like any time entry. */
export function overageRow(base: TimeRow, hours: Decimal, rateMinor: number, currency: string) {
  const text = hoursText(hours);
  const amountMinor = multiplyToMinor(text, minor(rateMinor), { currency, field: 'hours' });
  return {
    ...base,
    hours: text,
    description: `${base.description} (beyond the hours budget)`,
    hourlyRateMinor: minor(rateMinor),
    amountMinor,
  } satisfies TimeRow;
}

/** Deducts the overage entry from the balance when the mode allows; returns the row as it is. */
export async function chargeOverage(
  ctx: Context,
  found: CustomerRow,
  row: TimeRow,
): Promise<TimeRow> {
  const customer = await bringUpToDate(ctx, found);
  if (refuseSpending(customer, minor(row.amountMinor))) return row;
  const posted = await postEntry(ctx, {
    customer,
    type: 'charge',
    amountMinor: negate(minor(row.amountMinor)),
    description: `${row.workedOn}: ${row.hours} h ${row.description}`,
    links: { timeEntryId: row.id },
    field: 'hours',
  });
  await markDeducted(ctx, row.id, posted.entry.id);
  await debitFollowUp(ctx, posted.customer);
  return { ...row, status: 'deducted', entryId: posted.entry.id };
}
