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
