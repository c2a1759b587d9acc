/**
 * Proves that a payment recorded without an invoice pays open balance-due invoices first, oldest
 * first, with the rest a top-up (SPEC 12): the invoices are paid, the block lifts at once, and
 * the dashboard counts the debt once.
 */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  type TestBackend,
} from '../../support/backend.ts';
import { givenBlocked } from '../error-precedence/setup.ts';

function pay(t: TestBackend, customerId: string, amount: string) {
  return t.call('payments.record', {
    customerId,
    amount,
    method: 'bank_transfer',
    reference: 'BANK-1',
    receivedOn: t.clock.now().toISOString().slice(0, 10),
    requestId: rid('pay'),
  });
}

async function debtNotices(t: TestBackend, customerId: string) {
  const page = await t.call('invoices.list', { customerId, kind: 'balance_due' });
  return page.items.map((invoice) => [invoice.number, invoice.status, invoice.amountDue]);
}

describe('a payment without an invoice pays debt first', () => {
  it('lifts the block of a customer over the limit and counts the debt once', async () => {
    const t = givenBackend();
    const customerId = await givenBlocked(t);
    const before = await t.call('reports.dashboard', {});
    expect(before.currencies[0]).toMatchObject({ balanceDebt: '300.00', receivables: '0.00' });
    expect(before.currencies[0]).toMatchObject({ overdue: '0.00', overdueCount: 0 });
    expect(before.currencies[0]).toMatchObject({ debtNotices: '300.00', debtNoticeCount: 1 });

    const paid = await pay(t, customerId, '300.00');

    expect(paid.balance.balance).toBe('0.00');
    expect(paid.payment).toMatchObject({ amount: '300.00', appliedToInvoice: '300.00' });
    expect(paid.settledInvoices?.map((invoice) => invoice.status)).toEqual(['paid']);
    expect(await debtNotices(t, customerId)).toEqual([['INV-0001', 'paid', '0.00']]);
    expect((await t.call('customers.get', { customerId })).creditLimitBlocked).toBe(false);
    const after = await t.call('reports.dashboard', {});
    expect(after.currencies[0]).toMatchObject({
      balanceDebt: '0.00',
      receivables: '0.00',
      overdue: '0.00',
      debtNotices: '0.00',
    });
    await charge(t, customerId, '10.00', 'Allowed again');
  });

  it('pays the oldest notice first and credits the rest as a top-up', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 14 });
    await setBillingMode(t, customerId, 'postpaid');
    await charge(t, customerId, '100.00', 'March work');
    t.clock.set('2026-04-02T10:00:00Z');
    await charge(t, customerId, '50.00', 'April work');
    t.clock.set('2026-05-02T10:00:00Z');
    await t.call('jobs.runDue', {});
    expect(await debtNotices(t, customerId)).toEqual([
      ['INV-0002', 'open', '50.00'],
      ['INV-0001', 'open', '100.00'],
    ]);

    const paid = await pay(t, customerId, '120.00');

    expect(await debtNotices(t, customerId)).toEqual([
      ['INV-0002', 'open', '30.00'],
      ['INV-0001', 'paid', '0.00'],
    ]);
    expect(paid.payments?.map((payment) => [payment.amount, payment.appliedToInvoice])).toEqual([
      ['100.00', '100.00'],
      ['20.00', '20.00'],
    ]);
    const surplus = await pay(t, customerId, '40.00');
    expect(surplus.payments?.map((payment) => [payment.invoiceId, payment.amount])).toEqual([
      [paid.payments?.[1]?.invoiceId, '30.00'],
      [null, '10.00'],
    ]);
    const history = await t.call('balance.history', { customerId, limit: 3 });
    expect(history.items.map((entry) => [entry.type, entry.amount])).toEqual([
      ['top_up', '10.00'],
      ['debt_payment', '30.00'],
      ['debt_payment', '20.00'],
    ]);
    expect(surplus.balance.balance).toBe('10.00');
    expect((await t.call('audit.verify', {})).problems).toEqual([]);
  });

  it('leaves a plain payment with no debt notice a single top-up', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const paid = await pay(t, customerId, '25.00');
    expect(paid.payment).toMatchObject({ invoiceId: null, creditedToBalance: '25.00' });
    expect(paid.payments).toBeUndefined();
    expect(paid.settledInvoices).toBeUndefined();
  });
});
