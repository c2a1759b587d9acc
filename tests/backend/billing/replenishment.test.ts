/** Proves replenishment (SPEC 5): when it fires, never twice while open, once switching itself off, suppressed in debt. */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function givenReplenished(t: TestBackend, recurrence: 'once' | 'always') {
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '300.00');
  await t.call('customers.setReplenishment', {
    customerId,
    enabled: true,
    threshold: '100.00',
    amount: '500.00',
    recurrence,
    requestId: rid(),
  });
  return customerId;
}

async function topUpInvoices(t: TestBackend, customerId: string) {
  return (await t.call('invoices.list', { customerId, kind: 'top_up' })).items;
}

describe('replenishment', () => {
  it('does not fire while the balance stays at or above the threshold', async () => {
    const t = givenBackend();
    const customerId = await givenReplenished(t, 'always');
    await charge(t, customerId, '200.00');
    expect(await topUpInvoices(t, customerId)).toEqual([]);
    await charge(t, customerId, '0.01');
    expect(await topUpInvoices(t, customerId)).toHaveLength(1);
  });

  it('fires again once the last invoice is paid and a debit goes below again (always)', async () => {
    const t = givenBackend();
    const customerId = await givenReplenished(t, 'always');
    await charge(t, customerId, '250.00');
    const [first] = await topUpInvoices(t, customerId);
    await t.call('payments.record', {
      customerId,
      invoiceId: first?.id,
      amount: '500.00',
      method: 'card',
      receivedOn: '2026-03-01',
      requestId: rid(),
    });
    expect((await t.call('balance.get', { customerId })).balance).toBe('550.00');
    await charge(t, customerId, '460.00');
    expect(await topUpInvoices(t, customerId)).toHaveLength(2);
  });

  it('switches itself off after firing once', async () => {
    const t = givenBackend();
    const customerId = await givenReplenished(t, 'once');
    await charge(t, customerId, '250.00');
    expect(await topUpInvoices(t, customerId)).toHaveLength(1);
    expect((await t.call('customers.get', { customerId })).replenishment.enabled).toBe(false);
  });

  it('is suppressed while the balance is negative', async () => {
    const t = givenBackend();
    const customerId = await givenReplenished(t, 'always');
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '350.00',
      reason: 'Old debt',
      requestId: rid(),
    });
    expect(await topUpInvoices(t, customerId)).toEqual([]);
    expect((await t.call('jobs.runDue', {})).replenishmentsIssued).toBe(0);
    await topUp(t, customerId, '60.00');
    expect((await t.call('jobs.runDue', {})).replenishmentsIssued).toBe(1);
  });

  it('fires from the scheduled pass when credit expiring takes the balance below', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '250.00', { expiresOn: '2026-03-05' });
    await topUp(t, customerId, '50.00');
    await t.call('customers.setReplenishment', {
      customerId,
      enabled: true,
      threshold: '100.00',
      amount: '500.00',
      requestId: rid(),
    });
    t.clock.advance({ days: 7 });
    const run = await t.call('jobs.runDue', {});
    expect(run).toMatchObject({ expired: 1, replenishmentsIssued: 1 });
    expect((await t.call('jobs.runDue', {})).replenishmentsIssued).toBe(0);
  });
});
