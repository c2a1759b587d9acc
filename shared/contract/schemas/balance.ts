/** Input schemas of the `balance.*` channels. */
import { z } from 'zod';
import {
  cursor,
  date,
  id,
  limit,
  paymentMethod,
  positiveAmount,
  reason,
  requestId,
  shortText,
  description,
} from './common.ts';

export const GRANT_KINDS = ['paid', 'promotional'] as const;

/** The business date an entry takes effect; today when left out (never later, SPEC 12). */
const effectiveOn = date.optional();

export const balanceGet = z.strictObject({ customerId: id });

/** `from` and `to` are business dates, inclusive: an entry is in range by its `effectiveOn`. */
export const balanceHistory = z.strictObject({
  customerId: id,
  from: date.optional(),
  to: date.optional(),
  limit,
  cursor,
});

export const balanceTopUp = z.strictObject({
  customerId: id,
  amount: positiveAmount,
  kind: z.enum(GRANT_KINDS),
  expiresOn: date.optional(),
  effectiveOn,
  method: paymentMethod.optional(),
  reference: shortText.optional(),
  reason,
  requestId,
});

export const balanceAdjust = z.strictObject({
  customerId: id,
  direction: z.enum(['credit', 'debit']),
  amount: positiveAmount,
  effectiveOn,
  reason,
  requestId,
});

export const balanceCharge = z.strictObject({
  customerId: id,
  amount: positiveAmount,
  description,
  effectiveOn,
  requestId,
});

/** Undo one entry by a reversal entry linked to it (SPEC 12); a reason is required. */
export const balanceReverse = z.strictObject({ entryId: id, reason, requestId });

export const balanceRefund = z.strictObject({
  customerId: id,
  amount: positiveAmount,
  method: paymentMethod,
  reference: shortText.optional(),
  effectiveOn,
  reason,
  requestId,
});
