/**
 * Amount cells as spreadsheets write them, read into plain decimal strings without a float:
 * "1.234,56" with a decimal comma, "1,234.56" with a decimal point, spaces or apostrophes
 * grouping thousands, a leading minus. The other mark groups digits in threes. Exactness per
 * currency goes through `shared/money.ts`: more decimals than the currency has is refused
 * (trailing zeros past them are dropped, which changes no value) and an amount is written in the
 * currency's digits ("10" EUR is "10.00").
 */
import { minorDigits } from '../../../shared/currencies.ts';
import { AppError } from '../../../shared/errors.ts';
import { parseMoney, toMoney } from '../../../shared/money.ts';
import type { DecimalSeparator } from '../../../shared/contract/schemas/imports.ts';

const SPACES = /[\s\u00a0\u202f\u2009'’]/g;
const MARK = { dot: '.', comma: ',' } as const;
const PLAIN_WHOLE = /^-?[1-9]\d*$/;
const PLAIN_DOT = /^-?(0|[1-9]\d*)\.\d+$/;
const GROUP = { dot: ',', comma: '.' } as const;

/** The decimal string of `text` with `separator` as its decimal mark, or null if unreadable. */
export function readAmountWith(text: string, separator: DecimalSeparator): string | null {
  // Most cells of a large file are plain ("-1250.50" or "1250"): read them without splitting.
  if (PLAIN_WHOLE.test(text) || (separator === 'dot' && PLAIN_DOT.test(text))) {
    return /^-?[0.]*$/.test(text) ? '0' : text;
  }
  const compact = text.trim().replace(SPACES, '');
  const sign = compact.startsWith('-') ? '-' : '';
  const body = sign === '' ? compact : compact.slice(1);
  if (!/^[0-9.,]+$/.test(body)) return null;
  const [whole = '', fraction, extra] = body.split(MARK[separator]);
  if (
    extra !== undefined ||
    fraction === '' ||
    (fraction !== undefined && !/^\d+$/.test(fraction))
  ) {
    return null;
  }
  const digits = wholeDigits(whole, GROUP[separator]);
  if (digits === null) return null;
  const value = fraction === undefined ? digits : `${digits}.${fraction}`;
  return /^[0.]*$/.test(value) ? '0' : `${sign}${value}`;
}

/** The whole part without its grouping marks; groups after the first are three digits. */
function wholeDigits(whole: string, group: string): string | null {
  if (whole === '') return '0';
  const parts = whole.split(group);
  const [first = '', ...rest] = parts;
  if (rest.length > 0 && !/^\d{1,3}$/.test(first)) return null;
  if (rest.some((part) => !/^\d{3}$/.test(part))) return null;
  const digits = parts.join('');
  return /^\d+$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}

/** How a cell reads when the separator is not chosen: one way, two ways, or not at all. */
export type AmountGuess =
  | { kind: 'one'; value: string; separator: DecimalSeparator | null }
  | { kind: 'two'; dot: string; comma: string }
  | { kind: 'none' };

export function guessAmount(text: string): AmountGuess {
  const dot = readAmountWith(text, 'dot');
  const comma = readAmountWith(text, 'comma');
  if (dot !== null && comma !== null) {
    return dot === comma
      ? { kind: 'one', value: dot, separator: null }
      : { kind: 'two', dot, comma };
  }
  if (dot !== null) return { kind: 'one', value: dot, separator: 'dot' };
  if (comma !== null) return { kind: 'one', value: comma, separator: 'comma' };
  return { kind: 'none' };
}

/**
 * The separator the file shows: the one some cells can only be read with, when no cell needs
 * the other; null when no cell tells, or when cells tell both (the user must choose).
 */
export function detectSeparator(cells: Iterable<string>): DecimalSeparator | null {
  const seen = new Set<DecimalSeparator>();
  for (const cell of cells) {
    const guess = guessAmount(cell);
    if (guess.kind === 'one' && guess.separator !== null) seen.add(guess.separator);
    if (seen.size === 2) return null;
  }
  const [only] = seen;
  return only ?? null;
}

/**
 * `value` (a decimal string) as an exact amount of `currency`, or why not: past the currency's
 * decimals, or past the limit of one operation.
 */
export function exactAmount(value: string, currency: string): { amount: string } | { why: string } {
  const trimmed = dropSurplusZeros(value, minorDigits(currency));
  try {
    // Written back in the currency's own digits, so 10 and 10.00 EUR are one value.
    return { amount: toMoney(parseMoney(trimmed, currency, 'amount'), currency) };
  } catch (error) {
    if (error instanceof AppError) return { why: whyOf(error.message) };
    throw error;
  }
}

/** "12.500" in USD is "12.50": the zeros past the currency's decimals say nothing. */
function dropSurplusZeros(value: string, digits: number): string {
  const [whole = '', fraction] = value.split('.');
  if (fraction === undefined) return value;
  const kept =
    fraction.length > digits
      ? fraction.slice(0, digits) + fraction.slice(digits).replace(/0+$/, '')
      : fraction;
  return kept === '' ? whole : `${whole}.${kept}`;
}

/** parseMoney's sentence ("The amount allows at most 2 decimals in USD") without its subject. */
function whyOf(message: string): string {
  return message.replace(/^The amount /, '');
}
