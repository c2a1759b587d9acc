/**
 * Proves the statement's net line: credit alone is "Credit available", debt alone "Amount to pay",
 * open invoices are added to what is owed, and debt with its balance-due invoice is counted once;
 * credit held pays open standard invoices but never a top-up request.
 */
import { describe, expect, it } from 'vitest';
import {
  netLine,
  netLineExplanation,
  netLineText,
} from '../../electron/backend/statement-summary/net-line.ts';
import type { InvoiceKind } from '../../shared/contract/types.ts';

const plain = (amount: string) => amount;

function line(closingBalance: string, open: [InvoiceKind, string][] = [], currency = 'EUR') {
  const openReceivables = open.map(([kind, amountDue]) => ({ kind, amountDue }));
  const result = netLine({ currency, closingBalance, openReceivables });
  return { ...result, text: netLineText(result, currency, plain) };
}

describe('netLine', () => {
  it('credit: a positive balance and nothing open is credit available', () => {
    expect(line('150.00')).toMatchObject({ kind: 'credit', text: 'Credit available EUR 150.00' });
  });

  it('debt: a negative balance is the amount to pay', () => {
    expect(line('-200.00')).toMatchObject({ kind: 'pay', text: 'Amount to pay EUR 200.00' });
  });

  it('open invoices: a standard invoice still due is to pay, beside a zero balance', () => {
    expect(line('0.00', [['standard', '80.00']])).toMatchObject({
      kind: 'pay',
      amount: '80.00',
    });
  });

  it('both: debt and its balance-due invoice count once, a standard invoice adds', () => {
    const both = line('-200.00', [
      ['balance_due', '200.00'],
      ['standard', '50.00'],
    ]);
    expect(both).toMatchObject({ kind: 'pay', amount: '250.00' });
    expect(both.parts).toEqual({
      balanceDebt: '200.00',
      invoicesDue: '50.00',
      creditUsed: '0.00',
      topUpsDue: '0.00',
    });
    expect(netLineExplanation(both, plain)).toBe('Debt on the balance 200.00, open invoices 50.00');
  });

  it('a balance-due invoice whose debt was since paid on the balance adds nothing', () => {
    expect(line('30.00', [['balance_due', '200.00']])).toMatchObject({
      kind: 'credit',
      amount: '30.00',
    });
  });

  it('credit held pays open invoices: less to pay, or what is left over as credit', () => {
    const short = line('100.00', [['standard', '300.00']]);
    expect(short).toMatchObject({ kind: 'pay', amount: '200.00' });
    expect(netLineExplanation(short, plain)).toBe('Open invoices 300.00, less credit held 100.00');
    expect(line('300.00', [['standard', '120.00']])).toMatchObject({
      kind: 'credit',
      amount: '180.00',
    });
  });

  it('a top-up request is added in full: credit never pays it', () => {
    expect(line('50.00', [['top_up', '500.00']])).toMatchObject({ kind: 'pay', amount: '500.00' });
    expect(line('-20.00', [['top_up', '500.00']])).toMatchObject({ amount: '520.00' });
  });

  it('nothing to pay when credit exactly covers the invoices, or all is zero', () => {
    expect(line('120.00', [['standard', '120.00']])).toMatchObject({
      kind: 'nothing',
      amount: '0.00',
      text: 'Nothing to pay',
    });
    expect(line('0', [], 'JPY')).toMatchObject({ kind: 'nothing', amount: '0' });
  });

  it('sums exactly past the size of a safe float sum', () => {
    const huge = line('-90071992547409.91', [['standard', '0.10']]);
    expect(huge.amount).toBe('90071992547410.01');
  });
});
