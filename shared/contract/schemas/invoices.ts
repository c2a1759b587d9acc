/** Input schemas of the invoice, payment and credit-note channels. */
import Decimal from 'decimal.js';
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../../money.ts';
import {
  currency,
  cursor,
  date,
  id,
  limit,
  longText,
  nonNegativeAmount,
  paymentMethod,
  positiveAmount,
  positiveQuantity,
  reason,
  requestId,
  shortText,
  description,
} from './common.ts';

export const INVOICE_KINDS = ['standard', 'top_up', 'balance_due'] as const;
export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export const INVOICE_LINES_MAX = 200;
/** `all`: every past-due invoice; `debt`: leaves out top-up requests (docs/rules.md). */
export const PAST_DUE_SCOPES = ['all', 'debt'] as const;

const taxRate = z
  .string()
  .regex(DECIMAL_PATTERN, 'must be a percentage such as 21 or 5.5')
  .refine((text) => !text.startsWith('-') && new Decimal(text).lte(100), 'must be 0 to 100')
  .refine((text) => (text.split('.')[1] ?? '').length <= 4, 'allows at most 4 decimals');

export const invoiceLine = z.strictObject({
  description,
  quantity: positiveQuantity,
  unitPrice: nonNegativeAmount,
  taxRate: taxRate.nullable().optional(),
});

const lines = z.array(invoiceLine).min(1, 'needs at least one line').max(INVOICE_LINES_MAX);

export const invoicesCreate = z.strictObject({
  customerId: id,
  kind: z.enum(INVOICE_KINDS).optional(),
  currency: currency.optional(),
  lines,
  issueDate: date.optional(),
  dueDate: date.optional(),
  memo: longText.optional(),
  requestId,
});

export const invoicesUpdate = z.strictObject({
  invoiceId: id,
  lines: lines.optional(),
  issueDate: date.nullable().optional(),
  dueDate: date.nullable().optional(),
  memo: longText.optional(),
  requestId,
});

export const invoicesIssue = z.strictObject({ invoiceId: id, requestId });
export const invoicesVoid = z.strictObject({ invoiceId: id, reason, requestId });
export const invoicesMarkUncollectible = z.strictObject({ invoiceId: id, reason, requestId });
export const invoicesGet = z.strictObject({ invoiceId: id });

export const invoicesList = z.strictObject({
  customerId: id.optional(),
  status: z.enum(INVOICE_STATUSES).optional(),
  kind: z.enum(INVOICE_KINDS).optional(),
  /** Only invoices past due today (SPEC 3), decided by the engine over every page. */
  pastDue: z.enum(PAST_DUE_SCOPES).optional(),
  limit,
  cursor,
});

export const balanceApplyToInvoice = z.strictObject({
  invoiceId: id,
  amount: positiveAmount.optional(),
  requestId,
});

export const paymentsRecord = z.strictObject({
  customerId: id,
  amount: positiveAmount,
  currency: currency.optional(),
  method: paymentMethod,
  reference: shortText.optional(),
  receivedOn: date,
  invoiceId: id.optional(),
  requestId,
});

export const paymentsList = z.strictObject({
  customerId: id.optional(),
  invoiceId: id.optional(),
  limit,
  cursor,
});

export const creditNotesCreate = z.strictObject({
  invoiceId: id,
  amount: positiveAmount,
  reason,
  requestId,
});
