/**
 * Validation as you type with the engine's own zod schema, plus the currency's decimals through
 * shared/money's `parseMoney`, turned into Mantine form errors keyed by the input's field paths.
 */
import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { issueMessage } from '../../../shared/contract/schemas/messages.ts';
import { AppError } from '../../../shared/errors.ts';
import { parseMoney } from '../../../shared/money.ts';

/**
 * A money field of the form: its path in the values, the words that name it, and its limit in
 * minor units when it is not one operation's (a credit limit or threshold may be a balance's).
 * `cap` is a figure the engine gave for this moment (the refundable credit) and the engine's
 * words for going past it, so the form says it as you type.
 */
export type MoneyRule = {
  path: string;
  label: string;
  maxMinor?: number;
  cap?: { maxMinor: number; message: string };
};

/** The value at a dotted path (`lines.0.unitPrice`), or undefined. */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The currency's rule for one amount: "Amount allows at most 2 decimals in USD", or null. */
export function moneyError(
  text: string,
  currency: string,
  label: string,
  maxMinor?: number,
): string | null {
  try {
    parseMoney(text, currency, label, maxMinor);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

export function validationErrors(options: {
  schema: z.ZodType;
  input: unknown;
  values: unknown;
  money?: readonly MoneyRule[];
  currency?: string | undefined;
  /** Fields the engine requires although its schema lets them be blank (a reason). */
  required?: readonly string[];
}): FormErrors {
  const errors: FormErrors = {};
  for (const path of options.required ?? []) {
    const value = valueAt(options.values, path);
    if (typeof value !== 'string' || value.trim() === '') errors[path] = 'Is required';
  }
  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issueMessage(issue);
    }
  }
  const { currency } = options;
  if (currency === undefined) return errors;
  for (const rule of options.money ?? []) {
    const value = valueAt(options.values, rule.path);
    if (typeof value !== 'string' || value.trim() === '' || errors[rule.path] !== undefined) {
      continue;
    }
    const problem = moneyError(value.trim(), currency, rule.label, rule.maxMinor);
    if (problem !== null) errors[rule.path] = problem;
    else if (
      rule.cap &&
      parseMoney(value.trim(), currency, rule.label, rule.maxMinor) > rule.cap.maxMinor
    ) {
      errors[rule.path] = rule.cap.message;
    }
  }
  return errors;
}

/** '' as undefined, for optional text fields. */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
