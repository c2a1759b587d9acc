/**
 * The one owner of money. Inside the engine an amount is an integer of minor units
 * (`MinorUnits`); at every boundary it is a decimal string (`MoneyString`). Conversions go
 * through decimal.js from the string, never through a float, and check that the integer is safe.
 */
import Decimal from 'decimal.js';
import { minorDigits } from './currencies.ts';
import { AppError, assert } from './errors.ts';
import { fieldSubject } from './field-words.ts';
import { AMOUNT_MINOR_MAX } from './money-limits.ts';

export type MinorUnits = number & { readonly __brand: 'MinorUnits' };
export type MoneyString = string & { readonly __brand: 'MoneyString' };

/** A plain decimal number as text: optional minus, digits, optional fraction. No exponent. */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
export const AMOUNT_DIGITS_MAX = 15;

export function minor(value: number): MinorUnits {
  assert(Number.isSafeInteger(value), () => `minor units must be a safe integer, got ${value}`);
  return value as MinorUnits;
}

export const ZERO_MINOR = minor(0);

export function negate(value: MinorUnits): MinorUnits {
  return minor(0 - value);
}

/** a + b, exact: a sum past the safe integers is refused, never rounded. */
export function addMinor(a: MinorUnits, b: MinorUnits): MinorUnits {
  return minor(a + b);
}

/** a - b, exact: a difference past the safe integers is refused, never rounded. */
export function subtractMinor(a: MinorUnits, b: MinorUnits): MinorUnits {
  return minor(a - b);
}

/** The exact sum of amounts; each partial sum is checked, so no float rounding sneaks in. */
export function sumMinor(values: Iterable<MinorUnits>): MinorUnits {
  let total = ZERO_MINOR;
  for (const value of values) total = addMinor(total, value);
  return total;
}

/** The smaller of two amounts. */
export function smallerMinor(a: MinorUnits, b: MinorUnits): MinorUnits {
  return a <= b ? a : b;
}

/** The larger of two amounts. */
export function largerMinor(a: MinorUnits, b: MinorUnits): MinorUnits {
  return a >= b ? a : b;
}

/**
 * Parses a decimal string into minor units of `currency`. More fractional digits than the
 * currency has is a validation error on `field`, never a silent round; so is an amount whose
 * size is past `maxMinor` (by default the limit of one operation).
 */
export function parseMoney(
  text: string,
  currency: string,
  field: string,
  maxMinor = AMOUNT_MINOR_MAX,
): MinorUnits {
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
  const exact = smallMinor(text, fraction, digits);
  if (exact !== null && Math.abs(exact) <= maxMinor) return minor(exact);
  const scaled = new Decimal(text).times(powerOfTen(digits));
  refuseBeyond(scaled, { maxMinor, currency, field });
  return minor(scaled.toNumber());
}

/**
 * The minor units of an amount of at most 15 digits once scaled, by integer arithmetic: every
 * such integer is exact as a number, so this is what decimal.js would give, at a tenth of the
 * cost (each write parses one). Null for a longer amount, which takes the decimal path.
 */
function smallMinor(text: string, fraction: string, digits: number): number | null {
  const whole = fraction === '' ? text : text.slice(0, -fraction.length - 1);
  const scaled = `${whole}${fraction.padEnd(digits, '0')}`;
  return scaled.length <= 15 ? Number(scaled) : null;
}

const POWERS_OF_TEN = new Map<number, Decimal>();

/** 10^digits, made once per digit count (every amount parsed needs one). */
function powerOfTen(digits: number): Decimal {
  let power = POWERS_OF_TEN.get(digits);
  if (power === undefined) {
    power = new Decimal(10).pow(digits);
    POWERS_OF_TEN.set(digits, power);
  }
  return power;
}

export type MoneyLimit = {
  maxMinor: number;
  currency: string;
  field: string;
  /** What the sentence names (`The invoice total`); the field by default. */
  subject?: string;
};

/** A VALIDATION error on `field`, the limit stated, when `value`'s size is past `maxMinor`. */
export function refuseBeyond(value: Decimal | bigint | number, limit: MoneyLimit): void {
  const size = (Decimal.isDecimal(value) ? value : new Decimal(String(value))).abs();
  if (size.lessThanOrEqualTo(limit.maxMinor)) return;
  const words = moneyInWords(BigInt(limit.maxMinor), limit.currency);
  const subject = limit.subject ?? fieldSubject(limit.field);
  throw new AppError('VALIDATION', `${subject} may be at most ${words}`, limit.field);
}

/** An exact amount for a sentence: `100000000` USD minor units is "1,000,000.00 USD". */
export function moneyInWords(value: bigint, currency: string): string {
  const [whole = '', fraction] = toMoneyExact(value, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fraction === undefined ? grouped : `${grouped}.${fraction}`} ${currency}`;
}

/** Minor units to the boundary's decimal string: `125000` in USD is `"1250.00"`. */
export function toMoney(value: MinorUnits, currency: string): MoneyString {
  assert(Number.isSafeInteger(value), () => `not an integer of minor units: ${value}`);
  // Kept on numbers (no BigInt per value): a long statement prints hundreds of thousands.
  return withPoint(value < 0 ? '-' : '', String(Math.abs(value)), currency);
}

/**
 * Any integer of minor units, however large (a sum over many customers), to a decimal string,
 * without passing through an unsafe number.
 */
export function toMoneyExact(value: bigint, currency: string): MoneyString {
  return withPoint(value < 0n ? '-' : '', (value < 0n ? -value : value).toString(), currency);
}

/** The digits of a count of minor units with the currency's decimal point put in. */
function withPoint(sign: string, digitsText: string, currency: string): MoneyString {
  const digits = minorDigits(currency);
  const units = digitsText.padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  return (
    digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${units.slice(-digits)}`
  ) as MoneyString;
}

/** The exact sum of integers of minor units (or SQLite's BigInt sums), for totals of many rows. */
export function sumExact(values: Iterable<number | bigint>): bigint {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return total;
}

export function toMoneyOrNull(value: number | null, currency: string): MoneyString | null {
  return value === null ? null : toMoney(minor(value), currency);
}

/**
 * quantity x unit price (or hours x rate), rounded half-up to the minor unit; past the limit of
 * one operation it is a VALIDATION error on `limit.field`.
 */
export function multiplyToMinor(
  quantity: string,
  unitMinor: MinorUnits,
  limit: Omit<MoneyLimit, 'maxMinor'>,
): MinorUnits {
  const product = new Decimal(unitMinor).times(new Decimal(quantity));
  const rounded = product.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  refuseBeyond(rounded, { ...limit, maxMinor: AMOUNT_MINOR_MAX });
  return minor(rounded.toNumber());
}

/** A percentage of an amount (tax), rounded half-up to the minor unit. */
export function percentOfMinor(amount: MinorUnits, percent: string): MinorUnits {
  const value = new Decimal(amount).times(new Decimal(percent)).dividedBy(100);
  return minor(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
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
    // A zero is shown without a sign: never "-$0.00".
    signDisplay: 'negative',
  });
  // Intl formats a decimal string exactly (no float on the way).
  return format.format(amount as Intl.StringNumericLiteral);
}
