/**
 * What accepted rows add, per currency, summed exactly in BigInt minor units and given as
 * decimal strings: credit lots and history move the balance by their amount, opening debt by
 * minus its amount, open invoices leave their amount due.
 */
import type { ImportTotal } from '../../../shared/contract/import-types.ts';
import type { ImportKind } from '../../../shared/contract/schemas/imports.ts';
import { parseMoney, toMoneyExact } from '../../../shared/money.ts';
import { BALANCE_MINOR_MAX } from '../../../shared/money-limits.ts';
import type { RowValues } from './row-read.ts';

type Sums = { rows: number; balance: bigint; invoicesDue: bigint };

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
      return value ? BigInt(parseMoney(value, currency, field, BALANCE_MINOR_MAX)) : 0n;
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
