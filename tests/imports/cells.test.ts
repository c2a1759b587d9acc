/**
 * Proves how import cells are read: amounts with either decimal separator and their grouping,
 * exactness per currency, dates in either order and ISO, ambiguity detected rather than
 * guessed, currency codes known, and formula-like text kept as text.
 */
import { describe, expect, it } from 'vitest';
import {
  detectSeparator,
  exactAmount,
  guessAmount,
  readAmountWith,
} from '../../electron/backend/imports/amounts.ts';
import { readCell } from '../../electron/backend/imports/cells.ts';
import { detectDateOrder, guessDate, readDateWith } from '../../electron/backend/imports/dates.ts';
import { FIELD_TYPES } from '../../electron/backend/imports/field-types.ts';

describe('amounts', () => {
  it.each([
    ['1.234,56', 'comma', '1234.56'],
    ['1,234.56', 'dot', '1234.56'],
    ['1 234,56', 'comma', '1234.56'],
    ['1\u00a0234.56', 'dot', '1234.56'],
    ["1'234.56", 'dot', '1234.56'],
    ['-40,5', 'comma', '-40.5'],
    ['0012', 'dot', '12'],
    [',5', 'comma', '0.5'],
    ['-0,00', 'comma', '0'],
  ] as const)('reads %s with a decimal %s as %s', (text, separator, value) => {
    expect(readAmountWith(text, separator)).toBe(value);
  });

  it.each([
    ['1.234,56', 'dot'],
    ['1,234.56', 'comma'],
    ['12,34,567.00', 'dot'],
    ['1.2.3', 'comma'],
    ['12,', 'comma'],
    ['€12', 'dot'],
    ['1e5', 'dot'],
    ['--1', 'dot'],
    ['', 'dot'],
  ] as const)('does not read %s with a decimal %s', (text, separator) => {
    expect(readAmountWith(text, separator)).toBeNull();
  });

  it('says when a cell reads two ways, and which way a file reads', () => {
    expect(guessAmount('1,234')).toEqual({ kind: 'two', dot: '1234', comma: '1.234' });
    expect(guessAmount('12,5')).toEqual({ kind: 'one', value: '12.5', separator: 'comma' });
    expect(guessAmount('1250')).toEqual({ kind: 'one', value: '1250', separator: null });
    expect(detectSeparator(['1,234', '12,50'])).toBe('comma');
    expect(detectSeparator(['1,234', '1,234.50'])).toBe('dot');
    expect(detectSeparator(['1,234', '100'])).toBeNull();
    expect(detectSeparator(['12,50', '12.50'])).toBeNull();
  });

  it('keeps amounts exact per currency: too many decimals refused, surplus zeros dropped', () => {
    expect(exactAmount('12.50', 'USD')).toEqual({ amount: '12.50' });
    expect(exactAmount('12.500', 'USD')).toEqual({ amount: '12.50' });
    expect(exactAmount('1500.00', 'JPY')).toEqual({ amount: '1500' });
    expect(exactAmount('12.345', 'KWD')).toEqual({ amount: '12.345' });
    expect(exactAmount('-7', 'KWD')).toEqual({ amount: '-7.000' });
    expect(exactAmount('12.345', 'USD')).toEqual({ why: 'allows at most 2 decimals in USD' });
    expect(exactAmount('12.5', 'JPY')).toEqual({ why: 'allows no decimals in JPY' });
    expect(exactAmount('-12.345', 'USD')).toHaveProperty('why');
    expect(exactAmount('10000000000000000', 'USD')).toHaveProperty('why');
  });
});

describe('dates', () => {
  it('reads ISO and year-first dates whatever the order', () => {
    expect(readDateWith('2026-04-03', 'month_first')).toBe('2026-04-03');
    expect(readDateWith('2026/4/3', 'day_first')).toBe('2026-04-03');
  });

  it('reads 03/04/2026 by the chosen order', () => {
    expect(readDateWith('03/04/2026', 'day_first')).toBe('2026-04-03');
    expect(readDateWith('03/04/2026', 'month_first')).toBe('2026-03-04');
    expect(readDateWith('3.4.2026', 'day_first')).toBe('2026-04-03');
    expect(readDateWith('03-04-2026', 'month_first')).toBe('2026-03-04');
  });

  it('refuses dates that do not exist and two-digit years', () => {
    expect(readDateWith('31/02/2026', 'day_first')).toBeNull();
    expect(readDateWith('2026-13-01', 'day_first')).toBeNull();
    expect(readDateWith('03/04/26', 'day_first')).toBeNull();
    expect(readDateWith('yesterday', 'day_first')).toBeNull();
  });

  it('detects the order from a day above 12, and says when it cannot', () => {
    expect(guessDate('03/04/2026')).toEqual({
      kind: 'two',
      dayFirst: '2026-04-03',
      monthFirst: '2026-03-04',
    });
    expect(guessDate('04/04/2026')).toEqual({ kind: 'one', value: '2026-04-04', order: null });
    expect(detectDateOrder(['03/04/2026', '25/04/2026'])).toBe('day_first');
    expect(detectDateOrder(['03/04/2026', '04/25/2026'])).toBe('month_first');
    expect(detectDateOrder(['03/04/2026', '2026-04-25'])).toBeNull();
    expect(detectDateOrder(['25/04/2026', '04/25/2026'])).toBeNull();
  });
});

describe('readCell', () => {
  const choices = { separator: null, dateOrder: null };
  const read = (text: string, field: string) => {
    const type = FIELD_TYPES[field];
    if (type === undefined) throw new Error(field);
    return readCell(text, type, choices);
  };

  it('knows currency codes, upper-casing them', () => {
    expect(read(' eur ', 'currency')).toEqual({ value: 'EUR' });
    expect(read('EURO', 'currency')).toEqual({ why: '"EURO" is not a known currency code' });
  });

  it('keeps text starting with = + - @ as text, never evaluated', () => {
    expect(read('=HYPERLINK("http://x")', 'name')).toEqual({ value: '=HYPERLINK("http://x")' });
    expect(read('+48 600', 'name')).toEqual({ value: '+48 600' });
    expect(read('@acme', 'description')).toEqual({ value: '@acme' });
    expect(read("'-SUM(A1)", 'name')).toEqual({ value: '-SUM(A1)' });
    expect(read("O'Brien", 'name')).toEqual({ value: "O'Brien" });
  });

  it('refuses unsafe text, bad emails, unknown words and days out of range', () => {
    expect(read('Acme\u202Egpj.exe', 'name')).toHaveProperty('why');
    expect(read('a\nb', 'name')).toHaveProperty('why');
    expect(read('a\nb', 'address')).toEqual({ value: 'a\nb' });
    expect(read('not-an-email', 'email')).toHaveProperty('why');
    expect(read('Credit Limit', 'billingMode')).toEqual({ value: 'credit_limit' });
    expect(read('monthly', 'billingMode')).toHaveProperty('why');
    expect(read('30', 'paymentTermsDays')).toEqual({ value: '30' });
    expect(read('366', 'paymentTermsDays')).toHaveProperty('why');
    expect(read('7.5', 'paymentTermsDays')).toHaveProperty('why');
  });

  it('names both readings of an ambiguous amount or date', () => {
    expect(read('1,234', 'amount')).toEqual({
      why: '"1,234" reads as 1234 or as 1.234: choose the decimal separator',
    });
    expect(read('03/04/2026', 'openedOn')).toEqual({
      why: '"03/04/2026" reads as 2026-04-03 or as 2026-03-04: choose the date order',
    });
    const chosen = { separator: 'comma', dateOrder: 'day_first' } as const;
    expect(readCell('1,234', { kind: 'amount' }, chosen)).toEqual({ value: '1.234' });
    expect(readCell('03/04/2026', { kind: 'date' }, chosen)).toEqual({ value: '2026-04-03' });
  });
});
