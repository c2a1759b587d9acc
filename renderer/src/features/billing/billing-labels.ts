/** Words for billing modes and what each one means for charges. */
import type { BillingMode } from '../../../../shared/contract/types.ts';

export const BILLING_MODE_LABELS: Record<BillingMode, string> = {
  prepaid: 'Prepaid',
  credit_limit: 'Credit limit',
  postpaid: 'Post-paid',
};

export const BILLING_MODE_HINTS: Record<BillingMode, string> = {
  prepaid: 'Charges may only spend positive balance.',
  credit_limit: 'Charges may go below zero down to the limit; debt is invoiced monthly.',
  postpaid: 'Charges may go below zero without a bound; debt is invoiced monthly.',
};
