/**
 * Proves how typed amounts are read in a locale: decimal commas and grouping marks as people
 * type them, the locale's marks taken from Intl, ambiguous input refused rather than guessed,
 * and negative amounts refused rather than flipped.
 */
import { describe, expect, it } from 'vitest';
import { marksOf, readAmount } from '../../shared/read-amount.ts';

function value(text: string, locale: string): string | undefined {
  const reading = readAmount(text, locale);
  return reading.kind === 'amount' ? reading.value : undefined;
}

function isRefused(text: string, locale: string): boolean {
  return readAmount(text, locale).kind === 'problem';
}

describe('readAmount', () => {
  it('takes the marks from the locale', () => {
    expect(marksOf('de-DE')).toEqual({ decimal: ',', group: '.' });
    expect(marksOf('en-US')).toEqual({ decimal: '.', group: ',' });
    expect(marksOf('pl-PL').decimal).toBe(',');
  });

  it.each([
    ['25,50', 'pl-PL', '25.50'],
    ['1.000,00', 'pl-PL', '1000.00'],
    ['1 000,00', 'pl-PL', '1000.00'],
    ['1\u00a0000,00', 'pl-PL', '1000.00'],
    ['1\u202f000,00', 'fr-FR', '1000.00'],
    ['949,50', 'pl-PL', '949.50'],
    ['12.5', 'pl-PL', '12.5'],
    ['1.000,00', 'de-DE', '1000.00'],
    ['1.000', 'de-DE', '1000'],
    ['1.234.567,8', 'de-DE', '1234567.8'],
    ['1,000.00', 'en-US', '1000.00'],
    ['1,000', 'en-US', '1000'],
    ['1000.5', 'en-US', '1000.5'],
    ['0.05', 'en-US', '0.05'],
    [',5', 'pl-PL', '0.5'],
    ['007', 'en-US', '7'],
    ['  42  ', 'en-US', '42'],
  ])('reads %s in %s as %s', (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });

  it.each([
    ['1.000', 'pl-PL'],
    ['25,50', 'en-US'],
    ['25.50', 'de-DE'],
    ['1,00,000.00', 'en-US'],
    ['1.000.00', 'de-DE'],
    ['1,2,3', 'en-US'],
    ['12,', 'pl-PL'],
    ['1e5', 'en-US'],
    ['abc', 'en-US'],
  ])('refuses %s in %s with a sentence', (text, locale) => {
    const reading = readAmount(text, locale);
    expect(reading.kind).toBe('problem');
    if (reading.kind === 'problem') expect(reading.problem).toMatch(/^[A-Z“].+[^.]$/);
  });

  it('refuses negative amounts rather than flipping them', () => {
    for (const text of ['-5', '−5', '(5)', '5-', '-0,50'])
      expect(isRefused(text, 'pl-PL')).toBe(true);
  });

  it('reads nothing typed as empty', () => {
    expect(readAmount('  ', 'en-US')).toEqual({ kind: 'empty' });
  });
});
