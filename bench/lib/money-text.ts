/**
 * Amounts for the seeder as the contract's decimal strings. Every seeded currency has two
 * decimals, so minor units convert with integer arithmetic only, never through a float.
 */

export const SEED_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF'] as const;

export function centsToText(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`not an integer amount: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function textToCents(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a two-decimal amount: ${text}`);
  const [, sign, whole = '0', fraction = '0'] = match;
  const cents = Number(whole) * 100 + Number(fraction);
  return sign === '-' ? -cents : cents;
}
