/**
 * The one owner of money. Inside the engine an amount is an integer of minor units
 * (`MinorUnits`); at every boundary it is a decimal string (`MoneyString`). Conversions go
 * through decimal.js from the string, never through a float, and check that the integer is safe.
 */
import Decimal from 'decimal.js';
import { minorDigits } from './currencies.ts';
import { AppError, assert } from './errors.ts';
import { fieldSubject } from './field-words.ts';

export type MinorUnits = number & { readonly __brand: 'MinorUnits' };
export type MoneyString = string & { readonly __brand: 'MoneyString' };

/** A plain decimal number as text: optional minus, digits, optional fraction. No exponent. */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
export const AMOUNT_DIGITS_MAX = 15;

export function minor(value: number): MinorUnits {
  assert(Number.isSafeInteger(value), `minor units must be a safe integer, got ${value}`);
  return value as MinorUnits;
}

export const ZERO = minor(0);

export function negate(value: MinorUnits): MinorUnits {
  return minor(0 - value);
}

/**
 * Parses a decimal string into minor units of `currency`. More fractional digits than the
 * currency has is a validation error on `field`, never a silent round.
 */
export function parseMoney(text: string, currency: string, field: string): MinorUnits {
  if (!DECIMAL_PATTERN.test(text)) {
    const subject = fieldSubject(field);
    throw new AppError('VALIDATION', `${subject} must be a decimal number such as 12.50`, field);
  }
  const digits = minorDigits(currency);
  const fraction = text.split('.')[1] ?? '';
  if (fraction.length > digits) {
    const allowed = digits === 0 ? 'no decimals' : `at most ${digits} decimals`;
    throw new AppError(
      'VALIDATION',
      `${fieldSubject(field)} allows ${allowed} in ${currency}`,
      field,
    );
  }
  const scaled = new Decimal(text).times(new Decimal(10).pow(digits));
  if (scaled.abs().greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw new AppError('VALIDATION', `${fieldSubject(field)} is too large`, field);
  }
  return minor(scaled.toNumber());
}

/** Minor units to the boundary's decimal string: `125000` in USD is `"1250.00"`. */
export function toMoney(value: MinorUnits, currency: string): MoneyString {
  assert(Number.isSafeInteger(value), `not an integer of minor units: ${value}`);
  const digits = minorDigits(currency);
  const sign = value < 0 ? '-' : '';
  const units = String(Math.abs(value)).padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  return (
    digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${units.slice(-digits)}`
  ) as MoneyString;
}

export function toMoneyOrNull(value: number | null, currency: string): MoneyString | null {
  return value === null ? null : toMoney(minor(value), currency);
}

/** quantity x unit price (or hours x rate), rounded half-up to the minor unit. */
export function multiplyToMinor(quantity: string, unitMinor: MinorUnits): MinorUnits {
  const product = new Decimal(unitMinor).times(new Decimal(quantity));
  return minor(product.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
}

/** A percentage of an amount (tax), rounded half-up to the minor unit. */
export function percentOfMinor(amount: MinorUnits, percent: string): MinorUnits {
  const value = new Decimal(amount).times(new Decimal(percent)).dividedBy(100);
  return minor(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
}

export function sumMinor(values: readonly MinorUnits[]): MinorUnits {
  return minor(values.reduce((total, value) => total + value, 0));
}

export function formatMoneyForPeople(
  amount: MoneyString | string,
  currency: string,
  locale?: string,
): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: minorDigits(currency),
    maximumFractionDigits: minorDigits(currency),
  });
  // Intl formats a decimal string exactly (no float on the way).
  return format.format(amount as Intl.StringNumericLiteral);
}
