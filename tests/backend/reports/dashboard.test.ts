/** Proves the dashboard's figures per currency, the low-balance list and the credit-owed history. */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';

describe('reports.dashboard', () => {
  it('sums per currency: credit owed, debt, receivables, overdue, expiring credit', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z' });
    const usdA = await givenCustomer(t, { name: 'A', paymentTermsDays: 10 });
    const usdB = await givenCustomer(t, { name: 'B' });
    const eur = await givenCustomer(t, { name: 'C', currency: 'EUR' });
    await topUp(t, usdA, '100.00', { expiresOn: '2026-02-05' });
    await topUp(t, usdA, '50.00');
    await t.call('balance.adjust', {
      customerId: usdB,
      direction: 'debit',
      amount: '30.00',
      reason: 'Owed',
      requestId: rid(),
    });
    await topUp(t, eur, '70.00');
    await givenIssuedInvoice(t, usdB, '200.00');
    t.clock.set('2026-01-25T10:00:00Z');
    await givenIssuedInvoice(t, usdB, '40.00');
    t.clock.set('2026-01-26T10:00:00Z');
    const dashboard = await t.call('reports.dashboard', {});
    expect(dashboard.currencies).toEqual([
      {
        currency: 'EUR',
        creditOwed: '70.00',
        balanceDebt: '0.00',
        receivables: '0.00',
        overdue: '0.00',
        overdueCount: 0,
        debtNotices: '0.00',
        debtNoticeCount: 0,
        expiringIn30Days: '0.00',
        customerCount: 1,
        amountToPay: '0.00',
        payCount: 0,
        creditAvailable: '70.00',
        creditCount: 1,
      },
      {
        currency: 'USD',
        creditOwed: '150.00',
        balanceDebt: '30.00',
        receivables: '240.00',
        overdue: '200.00',
        overdueCount: 1,
        debtNotices: '0.00',
        debtNoticeCount: 0,
        expiringIn30Days: '100.00',
        customerCount: 2,
        // B owes its 30.00 debt and both invoices; A's credit is its own, never netted.
        amountToPay: '270.00',
        payCount: 1,
        creditAvailable: '150.00',
        creditCount: 1,
      },
    ]);
    expect(dashboard.creditOwedHistory.filter((point) => point.month === '2026-01')).toEqual([
      { month: '2026-01', currency: 'EUR', creditOwed: '70.00' },
      { month: '2026-01', currency: 'USD', creditOwed: '150.00' },
    ]);
  });

  it('lists customers under their replenishment threshold', async () => {
    const t = givenBackend();
    const low = await givenCustomer(t, { name: 'Low' });
    const fine = await givenCustomer(t, { name: 'Fine' });
    for (const customerId of [low, fine]) {
      await t.call('customers.setReplenishment', {
        customerId,
        enabled: true,
        threshold: '100.00',
        amount: '500.00',
        requestId: rid(),
      });
    }
    await topUp(t, low, '99.99');
    await topUp(t, fine, '100.00');
    const { lowBalanceCustomers } = await t.call('reports.dashboard', {});
    expect(lowBalanceCustomers).toEqual([
      {
        customerId: low,
        name: 'Low',
        currency: 'USD',
        balance: '99.99',
        threshold: '100.00',
        netLine: expect.objectContaining({ kind: 'credit', amount: '99.99' }) as unknown,
      },
    ]);
  });

  it('follows each balance through debt and back to every month end, from before the window', async () => {
    const t = givenBackend({ start: '2025-01-10T10:00:00Z' });
    const a = await givenCustomer(t, { name: 'A' });
    const b = await givenCustomer(t, { name: 'B' });
    const debit = (customerId: string, amount: string) =>
      t.call('balance.adjust', {
        customerId,
        direction: 'debit',
        amount,
        reason: 'Owed',
        requestId: rid(),
      });
    await topUp(t, a, '100.00'); // before the twelve months shown
    t.clock.set('2025-06-10T10:00:00Z');
    await debit(a, '150.00');
    t.clock.set('2025-09-10T10:00:00Z');
    await topUp(t, a, '80.00');
    t.clock.set('2025-11-10T10:00:00Z');
    await topUp(t, b, '40.00');
    t.clock.set('2026-02-10T10:00:00Z');
    await debit(b, '40.00');
    t.clock.set('2026-03-05T10:00:00Z');
    const history = (await t.call('reports.dashboard', {})).creditOwedHistory;
    expect(history.map((point) => [point.month, point.creditOwed])).toEqual([
      ['2025-04', '100.00'],
      ['2025-05', '100.00'],
      ['2025-06', '0.00'],
      ['2025-07', '0.00'],
      ['2025-08', '0.00'],
      ['2025-09', '30.00'],
      ['2025-10', '30.00'],
      ['2025-11', '70.00'],
      ['2025-12', '70.00'],
      ['2026-01', '70.00'],
      ['2026-02', '30.00'],
      ['2026-03', '30.00'],
    ]);
  });
});
