/** Input schemas of the `customers.*` channels. */
import { z } from 'zod';
import {
  cursor,
  currency,
  id,
  limit,
  longText,
  nonNegativeAmount,
  positiveAmount,
  reason,
  requestId,
  requiredName,
  shortText,
  date,
} from './common.ts';
import { hours } from './work.ts';

export const PAYMENT_TERMS_DAYS_MAX = 365;
export const BILLING_MODES = ['prepaid', 'credit_limit', 'postpaid'] as const;
export const REPLENISHMENT_RECURRENCES = ['once', 'always'] as const;

const email = z.union([z.literal(''), z.email('must be an email address').max(254)]);
const paymentTermsDays = z.number().int().min(0).max(PAYMENT_TERMS_DAYS_MAX);

const customerFields = {
  name: requiredName,
  email: email.optional(),
  address: longText.optional(),
  paymentTermsDays: paymentTermsDays.optional(),
  hourlyRate: positiveAmount.nullable().optional(),
  autoApplyCredit: z.boolean().optional(),
};

export const customersCreate = z.strictObject({ ...customerFields, currency, requestId });

export const customersUpdate = z.strictObject({
  customerId: id,
  ...customerFields,
  name: requiredName.optional(),
  currency: currency.optional(),
  requestId,
});

export const customersGet = z.strictObject({ customerId: id });

export const customersList = z.strictObject({
  search: shortText.optional(),
  /** Archived customers are left out unless asked for. */
  includeArchived: z.boolean().optional(),
  limit,
  cursor,
});

export const customersSetBillingMode = z.strictObject({
  customerId: id,
  mode: z.enum(BILLING_MODES),
  creditLimit: positiveAmount.optional(),
  reason,
  requestId,
});

export const customersUnblockCreditLimit = z.strictObject({ customerId: id, reason, requestId });

/** Archiving needs a reason (REASON_REQUIRED when blank); bringing a customer back does not. */
export const customersArchive = z.strictObject({ customerId: id, reason, requestId });
export const customersUnarchive = z.strictObject({ customerId: id, reason, requestId });

export const customersSetReplenishment = z.strictObject({
  customerId: id,
  enabled: z.boolean(),
  threshold: nonNegativeAmount.optional(),
  amount: positiveAmount.optional(),
  recurrence: z.enum(REPLENISHMENT_RECURRENCES).optional(),
  requestId,
});

export const HOURS_BUDGET_PERIODS = ['month', 'quarter', 'once'] as const;
export const HOURS_OVERAGES = ['charge', 'invoice'] as const;

/**
 * A budget in hours (SPEC 12); `hours: null` removes it. `startsOn` (and an optional `endsOn`)
 * for a one-off budget only; `overageRate` for `overage: 'charge'` only.
 */
export const customersSetHoursBudget = z.strictObject({
  customerId: id,
  hours: hours.nullable(),
  period: z.enum(HOURS_BUDGET_PERIODS).optional(),
  startsOn: date.optional(),
  endsOn: date.optional(),
  overage: z.enum(HOURS_OVERAGES).optional(),
  overageRate: positiveAmount.optional(),
  requestId,
});
