/** Proves the money module: decimal strings in and out, currency digits, half-up rounding, no floats. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import {
  formatMoneyForPeople,
  minor,
  moneyInWords,
  multiplyToMinor,
  parseMoney,
  percentOfMinor,
  sumExact,
  toMoney,
  toMoneyExact,
} from '../../shared/money.ts';

describe('parseMoney', () => {
  it('reads decimal strings into minor units of the currency', () => {
    expect(parseMoney('1250.00', 'USD', 'amount')).toBe(125000);
    expect(parseMoney('1250', 'USD', 'amount')).toBe(125000);
    expect(parseMoney('0.1', 'USD', 'amount')).toBe(10);
    expect(parseMoney('1500', 'JPY', 'amount')).toBe(1500);
    expect(parseMoney('1.234', 'KWD', 'amount')).toBe(1234);
    expect(parseMoney('-40.00', 'EUR', 'amount')).toBe(-4000);
  });

  it('rejects more decimals than the currency has, naming the field', () => {
    for (const [text, currency] of [
      ['1.005', 'USD'],
      ['1.5', 'JPY'],
      ['1.2345', 'KWD'],
    ] as const) {
      expect(() => parseMoney(text, currency, 'price')).toThrow(
        expect.objectContaining({ code: 'VALIDATION', field: 'price' }) as AppError,
      );
    }
  });

  it('rejects anything that is not a plain decimal', () => {
    for (const text of ['', '1e3', 'NaN', 'Infinity', '1,00', ' 1', '01.00', '.5', '--1', '0x10']) {
      expect(() => parseMoney(text, 'USD', 'amount'), text).toThrow(AppError);
    }
  });

  it('rejects amounts beyond safe integers', () => {
    expect(() => parseMoney('90071992547409.92', 'USD', 'amount')).toThrow(AppError);
  });

  it('round-trips every amount exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e14, max: 1e14 }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        (value, currency) => {
          expect(parseMoney(toMoney(minor(value), currency), currency, 'amount')).toBe(value);
        },
      ),
    );
  });
});

/** Where a product past the limit of one operation would be refused. */
const LINE = { currency: 'USD', field: 'quantity' };

describe('arithmetic', () => {
  it('multiplies and rounds half-up to the minor unit', () => {
    expect(multiplyToMinor('8.5', minor(10000), LINE)).toBe(85000);
    expect(multiplyToMinor('0.333', minor(1000), LINE)).toBe(333);
    expect(multiplyToMinor('1.5', minor(1), LINE)).toBe(2);
    expect(multiplyToMinor('2.5', minor(1), LINE)).toBe(3);
    expect(multiplyToMinor('0.1', minor(3), LINE)).toBe(0);
  });

  it('computes a tax percentage half-up, without float error', () => {
    expect(percentOfMinor(minor(1005), '10')).toBe(101);
    expect(percentOfMinor(minor(12345), '21')).toBe(2592);
    // 1.15 * 100 is 114.99999999999999 as a float; decimal arithmetic gets 115.
    expect(multiplyToMinor('1.15', minor(100), LINE)).toBe(115);
  });
});

describe('exact sums', () => {
  it('sum past 2^53 and print the total without a float', () => {
    const total = sumExact([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 2n]);
    expect(total).toBe(18014398509481984n);
    expect(toMoneyExact(total, 'USD')).toBe('180143985094819.84');
    expect(toMoneyExact(-total, 'JPY')).toBe('-18014398509481984');
    expect(toMoneyExact(-5n, 'KWD')).toBe('-0.005');
  });

  it('state a limit in words with thousands grouped', () => {
    expect(moneyInWords(100_000_000_000_000n, 'USD')).toBe('1,000,000,000,000.00 USD');
    expect(moneyInWords(100_000_000_000_000n, 'JPY')).toBe('100,000,000,000,000 JPY');
    expect(moneyInWords(999n, 'KWD')).toBe('0.999 KWD');
  });
});

describe('formatting', () => {
  it('formats for people with the locale and the currency', () => {
    expect(formatMoneyForPeople('1250.50', 'USD', 'en-US')).toBe('$1,250.50');
    expect(formatMoneyForPeople('1500', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoneyForPeople('90071992547409.91', 'USD', 'en-US')).toBe(
      '$90,071,992,547,409.91',
    );
  });
});
