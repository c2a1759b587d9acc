/**
 * Shapes of what a customer has agreed ahead (SPEC 5, 12): recurring schedules (invoices,
 * retainers and allowances) and budgets in hours. Re-exported by `types.ts`.
 */
import type { MoneyString } from '../money.ts';

/** `standard`/`top_up`: the invoice kind each period issues; `allowance`: promotional credit. */
export type ScheduleKind = 'standard' | 'top_up' | 'allowance';

export type Schedule = {
  id: string;
  customerId: string;
  kind: ScheduleKind;
  lines: {
    description: string;
    quantity: string;
    unitPrice: MoneyString;
    taxRate: string | null;
  }[];
  /** An allowance's credit granted each period; null for invoice schedules. */
  allowance: MoneyString | null;
  interval: 'month' | 'quarter' | 'year';
  startDate: string;
  endDate: string | null;
  autoIssue: boolean;
  status: 'active' | 'cancelled' | 'ended';
  nextRunOn: string | null;
  memo: string;
  createdAt: string;
};

/** How a budget in hours runs: per calendar month or quarter, or once between two dates. */
export type HoursBudgetPeriod = 'month' | 'quarter' | 'once';
/** Time beyond the budget: `charge`d at the overage rate, or left unbilled for an `invoice`. */
export type HoursOverage = 'charge' | 'invoice';

/** A customer's budget in hours and its use in the current period (`balance.get`). */
export type HoursBudget = {
  period: HoursBudgetPeriod;
  /** The period now running: its first and last day (`to` null for an open one-off budget). */
  from: string;
  to: string | null;
  /** Hours agreed, worked in the period (every time entry), left (never below 0) and beyond. */
  agreed: string;
  used: string;
  left: string;
  beyond: string;
  overage: HoursOverage;
  overageRate: MoneyString | null;
};
