/** Field schemas shared by every domain: ids, request ids, money, dates, text with limits. */
import { z } from 'zod';
import { isCurrency } from '../../currencies.ts';
import { isValidDate } from '../../dates.ts';
import { AMOUNT_DIGITS_MAX, DECIMAL_PATTERN } from '../../money.ts';
// Installs the error map that words every schema failure as a sentence.
import './messages.ts';
import { textProblem, type TextLines } from '../../text.ts';

export const TEXT_SHORT_MAX = 200;
export const TEXT_LONG_MAX = 2000;
export const DESCRIPTION_MAX = 500;
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 500;

export const id = z.string().min(1).max(100);
export const requestId = z.string().trim().min(1, 'is required').max(TEXT_SHORT_MAX);
/** Refuses control characters, direction marks and (on one line) line breaks: shared/text.ts. */
function safeText(lines: TextLines) {
  return (text: string, context: z.RefinementCtx) => {
    const problem = textProblem(text, lines);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  };
}

/** One line: a reference, a search, a business name. */
export const shortText = z.string().trim().max(TEXT_SHORT_MAX).superRefine(safeText('single'));
/** Several lines allowed: an address, a memo, a reason. */
export const longText = z.string().trim().max(TEXT_LONG_MAX).superRefine(safeText('multi'));
/** One line, required: the name of a customer or a person. */
export const requiredName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(TEXT_SHORT_MAX)
  .superRefine(safeText('single'));
/** One line, required: what a charge, an invoice line or a time entry is for. */
export const description = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(DESCRIPTION_MAX)
  .superRefine(safeText('single'));

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

/** The one list of payment methods: the schema, the type and every method picker read it. */
export const PAYMENT_METHODS = ['bank_transfer', 'card', 'cash', 'cheque', 'other'] as const;
export const paymentMethod = z.enum(PAYMENT_METHODS);
