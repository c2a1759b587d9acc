/**
 * Proves parseMoney's integer path (amounts of at most 15 digits once scaled) gives exactly the
 * minor units and refusals of the decimal path: around the 15-digit edge, at the limits, for
 * currencies of 0, 2 and 3 decimals, signed and unsigned.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { parseMoney } from '../../shared/money.ts';
import { AMOUNT_MINOR_MAX, BALANCE_MINOR_MAX } from '../../shared/money-limits.ts';

const DIGITS: Record<string, number> = { JPY: 0, USD: 2, KWD: 3 };

/** The minor units by BigInt, or the refusal's message. */
function reference(text: string, currency: string, maxMinor: number): number | string {
  const digits = DIGITS[currency] ?? 2;
  const [whole = '', fraction = ''] = text.split('.');
  const scaled = BigInt(`${whole}${fraction.padEnd(digits, '0')}`);
  const size = scaled < 0n ? -scaled : scaled;
  if (size > BigInt(maxMinor)) return 'refused';
  return Number(scaled);
}

function parsed(text: string, currency: string, maxMinor: number): number | string {
  try {
    return parseMoney(text, currency, 'amount', maxMinor);
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION') return 'refused';
    throw error;
  }
}

/** Amounts of `length` digits in all, with up to the currency's decimals. */
function amounts(length: number, decimals: number): string[] {
  const texts: string[] = [];
  for (const lead of ['1', '9', '4']) {
    const digits = lead + '0123456789876543210'.repeat(2).slice(0, length - 1);
    for (let places = 0; places <= decimals && places < length; places += 1) {
      const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
      texts.push(text, `-${text}`);
    }
  }
  return texts;
}

describe('parseMoney by integers', () => {
  it.each(Object.keys(DIGITS))('gives what exact arithmetic gives in %s', (currency) => {
    const decimals = DIGITS[currency] ?? 2;
    const texts = ['0', '0.5', '10.00', '4.50', '-0.01'];
    for (let length = 1; length <= 19; length += 1) texts.push(...amounts(length, decimals));
    for (const maxMinor of [AMOUNT_MINOR_MAX, BALANCE_MINOR_MAX, Number.MAX_SAFE_INTEGER, 999]) {
      for (const text of texts) {
        if ((text.split('.')[1]?.length ?? 0) > decimals) continue;
        expect(parsed(text, currency, maxMinor), `${text} ${currency}`).toBe(
          reference(text, currency, maxMinor),
        );
      }
    }
  });

  it('keeps the sign of a negative zero as the decimal path did', () => {
    expect(Object.is(parseMoney('-0.00', 'USD', 'amount'), -0)).toBe(true);
    expect(Object.is(parseMoney('0.00', 'USD', 'amount'), 0)).toBe(true);
  });

  it('refuses an amount past the limit with the limit stated', () => {
    expect(() => parseMoney('1000000000000.01', 'USD', 'amount')).toThrow(
      'may be at most 1,000,000,000,000.00 USD',
    );
    expect(parseMoney('1000000000000.00', 'USD', 'amount')).toBe(AMOUNT_MINOR_MAX);
  });
});
