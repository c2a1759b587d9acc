/**
 * What accepted rows add, per currency, summed exactly in BigInt minor units and given as
 * decimal strings: credit lots and history move the balance by their amount, opening debt by
 * minus its amount, open invoices leave their amount due.
 */
import type { ImportTotal } from '../../../shared/contract/import-types.ts';
import type { ImportKind } from '../../../shared/contract/schemas/imports.ts';
import { minorDigits } from '../../../shared/currencies.ts';
import { assert } from '../../../shared/errors.ts';
import { toMoneyExact } from '../../../shared/money.ts';
import type { RowValues } from './row-read.ts';

type Sums = { rows: number; balance: bigint; invoicesDue: bigint };

/**
 * An amount the reader already made exact and wrote in the currency's digits (`1234.50` EUR),
 * as BigInt minor units: its digits without the point. Asserted, never assumed.
 */
function minorOfExact(amount: string, currency: string): bigint {
  const fraction = amount.split('.')[1] ?? '';
  assert(fraction.length === minorDigits(currency), () => `not in ${currency} digits: ${amount}`);
  return BigInt(amount.replace('.', ''));
}

export class CurrencyTotals {
  private readonly sums = new Map<string, Sums>();
  private readonly kind: ImportKind;

  constructor(kind: ImportKind) {
    this.kind = kind;
  }

  add(values: RowValues): void {
    const currency = values.currency;
    if (!currency) return;
    const minorOf = (field: string): bigint => {
      const value = values[field];
      return value ? minorOfExact(value, currency) : 0n;
    };
    const amount = minorOf('amount');
    const sum = this.sums.get(currency) ?? { rows: 0, balance: 0n, invoicesDue: 0n };
    sum.rows += 1;
    sum.balance += this.kind === 'opening_debt' ? -amount : amount;
    sum.invoicesDue += minorOf('amountDue');
    this.sums.set(currency, sum);
  }

  list(): ImportTotal[] {
    return [...this.sums]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sum]) => ({
        currency,
        rows: sum.rows,
        balance: toMoneyExact(sum.balance, currency),
        invoicesDue: toMoneyExact(sum.invoicesDue, currency),
      }));
  }
}
