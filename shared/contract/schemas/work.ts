/** Input schemas of time tracking, recurring invoices and the scheduled pass. */
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../../money.ts';
import { date, description, id, longText, positiveAmount, requestId } from './common.ts';
import { invoiceLine, INVOICE_LINES_MAX } from './invoices.ts';

export const TIME_ENTRY_HOURS_MAX = 1000;
export const DEDUCT_ENTRIES_MAX = 500;
export const TIME_STATUSES = ['unbilled', 'deducted', 'invoiced'] as const;
export const SCHEDULE_INTERVALS = ['month', 'quarter', 'year'] as const;
export const SCHEDULE_KINDS = ['standard', 'top_up', 'allowance'] as const;

export const hours = z
  .string()
  .max(12)
  .regex(DECIMAL_PATTERN, 'must be a number of hours such as 1.5')
  .refine((text) => !text.startsWith('-') && /[1-9]/.test(text), 'must be greater than zero')
  .refine((text) => (text.split('.')[1] ?? '').length <= 2, 'allows at most 2 decimals')
  .refine((text) => Number.parseInt(text, 10) < TIME_ENTRY_HOURS_MAX, 'is too many hours');

export const timeCreate = z.strictObject({
  customerId: id,
  date,
  hours,
  description,
  hourlyRate: positiveAmount.optional(),
  requestId,
});

export const timeList = z.strictObject({
  customerId: id,
  status: z.enum(TIME_STATUSES).optional(),
});

export const timeDeduct = z.strictObject({
  customerId: id,
  timeEntryIds: z.array(id).min(1, 'select at least one entry').max(DEDUCT_ENTRIES_MAX),
  requestId,
});

export const timeInvoice = z.strictObject({
  customerId: id,
  timeEntryIds: z.array(id).min(1, 'select at least one entry').max(INVOICE_LINES_MAX),
  /** Issue at once (then settled from the balance like any invoice), or leave a draft. */
  issue: z.boolean().default(true),
  requestId,
});

export const schedulesCreate = z.strictObject({
  customerId: id,
  /** Default `standard`. `top_up` issues retainer requests; `allowance` grants `amount`. */
  kind: z.enum(SCHEDULE_KINDS).optional(),
  /** Invoice schedules only (required for them). */
  lines: z.array(invoiceLine).min(1, 'needs at least one line').max(INVOICE_LINES_MAX).optional(),
  /** Allowances only (required for them): promotional credit granted each period. */
  amount: positiveAmount.optional(),
  interval: z.enum(SCHEDULE_INTERVALS),
  startDate: date,
  endDate: date.optional(),
  autoIssue: z.boolean(),
  memo: longText.optional(),
  requestId,
});

export const schedulesList = z.strictObject({ customerId: id.optional() });
export const schedulesCancel = z.strictObject({ scheduleId: id, requestId });
export const jobsRunDue = z.strictObject({}).optional();
