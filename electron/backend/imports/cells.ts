/**
 * One cell read by its field's type into the value the preview shows and the commit writes: a
 * decimal string, an ISO date, a currency code, trimmed text; or why it cannot be. Text that
 * starts with = + - @ is kept as text, never evaluated (one apostrophe in front of such a
 * character, which a formula-safe export adds, is taken off). Amounts and dates whose reading
 * depends on the user's choice name both readings.
 */
import { z } from 'zod';
import { isCurrency } from '../../../shared/currencies.ts';
import { textProblem } from '../../../shared/text.ts';
import type { DateOrder, DecimalSeparator } from '../../../shared/contract/schemas/imports.ts';
import { guessAmount, readAmountWith } from './amounts.ts';
import { guessDate, readDateWith } from './dates.ts';
import type { FieldType } from './field-types.ts';

export type Choices = { separator: DecimalSeparator | null; dateOrder: DateOrder | null };
export type CellReading = { value: string } | { why: string };

const EXPORT_PREFIX = /^'(?=[=+\-@])/;
const EMAIL = z.email();

export function readCell(text: string, type: FieldType, choices: Choices): CellReading {
  const trimmed = text.trim();
  switch (type.kind) {
    case 'text':
      return readText(trimmed.replace(EXPORT_PREFIX, ''), type);
    case 'email':
      return EMAIL.safeParse(trimmed).success
        ? { value: trimmed }
        : { why: 'is not an email address' };
    case 'currency':
      return readCurrency(trimmed);
    case 'amount':
      return readAmountCell(trimmed, choices.separator);
    case 'date':
      return readDateCell(trimmed, choices.dateOrder);
    case 'days':
      return readDays(trimmed, type.max);
    case 'choice':
      return readChoice(trimmed, type.words);
  }
}

function readText(text: string, type: { lines: 'single' | 'multi'; max: number }): CellReading {
  if (text.length > type.max) return { why: `is longer than ${type.max} characters` };
  const problem = textProblem(text, type.lines);
  return problem === null ? { value: text } : { why: problem };
}

function readCurrency(text: string): CellReading {
  const code = text.toUpperCase();
  return isCurrency(code) ? { value: code } : { why: `"${text}" is not a known currency code` };
}

function readAmountCell(text: string, separator: DecimalSeparator | null): CellReading {
  if (separator !== null) {
    const value = readAmountWith(text, separator);
    return value === null ? { why: `"${text}" is not an amount` } : { value };
  }
  const guess = guessAmount(text);
  if (guess.kind === 'one') return { value: guess.value };
  if (guess.kind === 'none') return { why: `"${text}" is not an amount` };
  return {
    why: `"${text}" reads as ${guess.dot} or as ${guess.comma}: choose the decimal separator`,
  };
}

function readDateCell(text: string, order: DateOrder | null): CellReading {
  if (order !== null) {
    const value = readDateWith(text, order);
    return value === null ? { why: `"${text}" is not a date such as 2026-04-03` } : { value };
  }
  const guess = guessDate(text);
  if (guess.kind === 'one') return { value: guess.value };
  if (guess.kind === 'none') return { why: `"${text}" is not a date such as 2026-04-03` };
  return {
    why: `"${text}" reads as ${guess.dayFirst} or as ${guess.monthFirst}: choose the date order`,
  };
}

function readDays(text: string, max: number): CellReading {
  if (!/^\d{1,4}$/.test(text) || Number(text) > max) {
    return { why: `must be a whole number of days from 0 to ${max}` };
  }
  return { value: String(Number(text)) };
}

function readChoice(text: string, words: readonly string[]): CellReading {
  const word = text.toLowerCase().replace(/[\s-]+/g, '_');
  return words.includes(word) ? { value: word } : { why: `must be one of: ${words.join(', ')}` };
}
