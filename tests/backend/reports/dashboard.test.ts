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
});
