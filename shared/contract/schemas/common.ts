/** Field schemas shared by every domain: ids, request ids, money, dates, text with limits. */
import { z } from 'zod';
import { isCurrency } from '../../currencies.ts';
import { isValidDate } from '../../dates.ts';
import { AMOUNT_DIGITS_MAX, DECIMAL_PATTERN } from '../../money.ts';
// Installs the error map that words every schema failure as a sentence.
import './messages.ts';

export const TEXT_SHORT_MAX = 200;
export const TEXT_LONG_MAX = 2000;
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 500;

export const id = z.string().min(1).max(100);
export const requestId = z.string().trim().min(1, 'is required').max(TEXT_SHORT_MAX);
export const shortText = z.string().trim().max(TEXT_SHORT_MAX);
export const longText = z.string().trim().max(TEXT_LONG_MAX);
export const requiredName = z.string().trim().min(1, 'is required').max(TEXT_SHORT_MAX);

/** Checked for presence by the handler, so a blank reason is `REASON_REQUIRED`, not `VALIDATION`. */
export const reason = longText.optional();

export const currency = z
  .string()
  .refine(isCurrency, 'must be an ISO 4217 currency code such as USD');

const decimal = z
  .string()
  .max(AMOUNT_DIGITS_MAX + 2, 'is too long')
  .regex(DECIMAL_PATTERN, 'must be a decimal number such as 12.50');

function isPositive(text: string): boolean {
  return !text.startsWith('-') && /[1-9]/.test(text);
}

/** A money amount greater than zero; its decimals are checked against the currency later. */
export const positiveAmount = decimal.refine(isPositive, 'must be greater than zero');
/** A money amount of zero or more. */
export const nonNegativeAmount = decimal.refine(
  (text) => !text.startsWith('-'),
  'must not be negative',
);
/** A decimal quantity (hours, units) greater than zero. */
export const positiveQuantity = decimal.refine(isPositive, 'must be greater than zero');

export const date = z.string().refine(isValidDate, 'must be a date YYYY-MM-DD');

export const limit = z.number().int().min(1).max(PAGE_LIMIT_MAX).optional();
export const cursor = z.string().max(TEXT_SHORT_MAX).optional();

export const paymentMethod = z.enum(['bank_transfer', 'card', 'cash', 'cheque', 'other']);
