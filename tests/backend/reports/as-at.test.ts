/**
 * Proves the credit owed and aged receivables channels as at past dates: the ledger as it stood
 * then (later entries never leak in, credit that expired by then has left), paid and promotional
 * credit apart by expiry month, invoices aged by what they owed then, and totals that reconcile
 * with the sum of the customers' balances at that date read through their histories.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { givenSmallBook, sumOfBalances } from './as-at-support.ts';

describe('reports.creditOwed as at a date', () => {
  it('gives the lots as they stood at the end of that day, by kind and expiry month', async () => {
    const { t } = await givenSmallBook();
    const report = await t.call('reports.creditOwed', { asOf: '2026-01-31' });
    expect(report.currencies.map((block) => [block.currency, block.totals])).toEqual([
      [
        'EUR',
        {
          paid: '50.00',
          promotional: '0.00',
          credit: '50.00',
          debt: '0.00',
          byExpiry: [{ month: null, paid: '50.00', promotional: '0.00' }],
        },
      ],
      [
        'USD',
        {
          paid: '70.00',
          promotional: '20.00',
          credit: '90.00',
          debt: '30.00',
          byExpiry: [
            { month: '2026-02', paid: '70.00', promotional: '0.00' },
            { month: null, paid: '0.00', promotional: '20.00' },
          ],
        },
      ],
    ]);
    const usd = report.currencies[1];
    expect(usd?.customers.map((row) => [row.name, row.credit, row.debt])).toEqual([
      ['Alder', '90.00', '0.00'],
      ['Birch', '0.00', '30.00'],
    ]);
  });

  it('leaves out credit that expired by then and credit received after', async () => {
    const { t } = await givenSmallBook();
    const before = await t.call('reports.creditOwed', { asOf: '2026-02-10', currency: 'USD' });
    expect(before.currencies[0]?.totals.paid).toBe('70.00');
    const after = await t.call('reports.creditOwed', { asOf: '2026-02-11', currency: 'USD' });
    expect(after.currencies[0]?.totals).toMatchObject({ paid: '0.00', promotional: '20.00' });
    const today = await t.call('reports.creditOwed', { asOf: '2026-03-01', currency: 'USD' });
    expect(today.currencies[0]?.totals).toMatchObject({ paid: '40.00', credit: '60.00' });
  });

  it('reconciles with the sum of the customers balances on every day', async () => {
    const { t, a, b, c } = await givenSmallBook();
    for (const asOf of ['2026-01-04', '2026-01-05', '2026-01-20', '2026-02-11', '2026-03-01']) {
      const report = await t.call('reports.creditOwed', { asOf });
      const usd = report.currencies.find((block) => block.currency === 'USD');
      const net = new Decimal(usd?.totals.credit ?? '0').minus(usd?.totals.debt ?? '0');
      expect(net.toFixed(2), asOf).toBe((await sumOfBalances(t, [a, b], asOf)).toFixed(2));
      const eur = report.currencies.find((block) => block.currency === 'EUR');
      expect(eur?.totals.credit).toBe((await sumOfBalances(t, [c], asOf)).toFixed(2));
    }
  });
});

describe('reports.agedReceivables as at a date', () => {
  it('ages an invoice by what it owed then, from its due date', async () => {
    const { t } = await givenSmallBook();
    const ages = async (asOf: string) => {
      const report = await t.call('reports.agedReceivables', { asOf, currency: 'USD' });
      return report.currencies[0]?.totals;
    };
    expect(await ages('2026-01-15')).toMatchObject({ current: '200.00', balanceDebt: '30.00' });
    expect(await ages('2026-01-16')).toMatchObject({ current: '0.00', d1_30: '200.00' });
    expect(await ages('2026-02-24')).toMatchObject({ d31_60: '200.00', total: '230.00' });
    // Paid on 25 February: owed nothing as at that day's end.
    expect(await ages('2026-02-25')).toMatchObject({ invoices: '0.00', total: '30.00' });
  });

  it('lists each customer with their invoices, and totals that are the sums of the rows', async () => {
    const { t, invoiceId } = await givenSmallBook();
    const report = await t.call('reports.agedReceivables', { asOf: '2026-02-20' });
    const usd = report.currencies.find((block) => block.currency === 'USD');
    expect(usd?.customers).toHaveLength(1);
    expect(usd?.customers[0]).toMatchObject({
      name: 'Birch',
      d31_60: '200.00',
      balanceDebt: '30.00',
    });
    expect(usd?.customers[0]?.invoiceList.map((row) => [row.id, row.daysPastDue])).toEqual([
      [invoiceId, 36],
    ]);
    expect(report.currencies.find((block) => block.currency === 'EUR')?.totals.total).toBe('0.00');
  });
});

describe('a past date read from either end of the book', () => {
  it('gives the same reports once a year of later entries makes it an early date', async () => {
    const { t, a, c } = await givenSmallBook();
    // 20 February lies in the book's later half (summed back from today's figures) ...
    const asOf = '2026-02-20';
    const owedBefore = await t.call('reports.creditOwed', { asOf });
    const agedBefore = await t.call('reports.agedReceivables', { asOf });
    // ... and in its early half (summed forward from the start) once December's entries exist.
    t.clock.set('2026-12-15T10:00:00Z');
    await t.call('balance.topUp', {
      customerId: c,
      amount: '15.00',
      kind: 'paid',
      requestId: 'late-top-up',
    });
    await t.call('balance.charge', {
      customerId: a,
      amount: '25.00',
      description: 'December work',
      requestId: 'late-charge',
    });
    expect(await t.call('reports.creditOwed', { asOf })).toEqual(owedBefore);
    expect(await t.call('reports.agedReceivables', { asOf })).toEqual(agedBefore);
    expect(owedBefore.currencies.find((block) => block.currency === 'USD')?.totals).toMatchObject({
      paid: '40.00',
      promotional: '20.00',
    });
  });
});
