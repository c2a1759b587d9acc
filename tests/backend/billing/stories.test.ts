/** Proves the seed stories end to end: BILLmanager's credit limit month and Teamleader's prepaid budget. */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  topUp,
} from '../../support/backend.ts';

describe('BILLmanager: a credit limit through March and April', () => {
  it('invoices the debt on the 1st, blocks when overdue, unblocks when paid', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z', timeZone: 'Europe/Brussels' });
    const customerId = await givenCustomer(t, { name: 'Hosting client', paymentTermsDays: 14 });
    await setBillingMode(t, customerId, 'credit_limit', '500.00');
    await charge(t, customerId, '300.00', 'VPS March');
    t.clock.set('2026-03-20T10:00:00Z');
    await charge(t, customerId, '150.00', 'Backup March');
    const refused = await t.fail('balance.charge', {
      customerId,
      amount: '250.00',
      description: 'Upgrade',
      requestId: rid(),
    });
    expect(refused.code).toBe('CREDIT_LIMIT_EXCEEDED');

    t.clock.set('2026-04-01T06:00:00Z');
    const run = await t.call('jobs.runDue', {});
    expect(run).toMatchObject({ balanceDueIssued: 1, blocked: 0 });
    const [invoice] = (await t.call('invoices.list', { customerId, kind: 'balance_due' })).items;
    expect(invoice).toMatchObject({
      status: 'open',
      total: '450.00',
      issueDate: '2026-04-01',
      dueDate: '2026-04-15',
    });
    expect(invoice?.lines.map((line) => [line.description, line.amount])).toEqual([
      ['2026-03-02 VPS March', '300.00'],
      ['2026-03-20 Backup March', '150.00'],
    ]);

    t.clock.set('2026-04-15T20:00:00Z');
    expect((await t.call('jobs.runDue', {})).blocked).toBe(0);
    t.clock.set('2026-04-16T08:00:00Z');
    expect((await t.call('jobs.runDue', {})).blocked).toBe(1);
    expect((await t.call('customers.get', { customerId })).creditLimitBlocked).toBe(true);
    const blocked = await t.fail('balance.charge', {
      customerId,
      amount: '10.00',
      description: 'DNS',
      requestId: rid(),
    });
    expect(blocked.code).toBe('CREDIT_LIMIT_BLOCKED');

    t.clock.set('2026-04-20T09:00:00Z');
    const paid = await t.call('payments.record', {
      customerId,
      invoiceId: invoice?.id,
      amount: '450.00',
      method: 'bank_transfer',
      receivedOn: '2026-04-20',
      requestId: rid(),
    });
    expect(paid.invoice?.status).toBe('paid');
    expect((await t.call('customers.get', { customerId })).creditLimitBlocked).toBe(false);
    expect(await t.call('balance.get', { customerId })).toMatchObject({
      balance: '0.00',
      available: '500.00',
    });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('Teamleader: a prepaid budget with replenishment', () => {
  it('opens one top-up invoice when time takes the budget below the threshold', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { name: 'Agency client', hourlyRate: '100.00' });
    await topUp(t, customerId, '1000.00');
    await t.call('customers.setReplenishment', {
      customerId,
      enabled: true,
      threshold: '200.00',
      amount: '1000.00',
      recurrence: 'always',
      requestId: rid(),
    });
    const work = await t.call('time.create', {
      customerId,
      date: '2026-03-01',
      hours: '8.5',
      description: 'Campaign',
      requestId: rid(),
    });
    const deducted = await t.call('time.deduct', {
      customerId,
      timeEntryIds: [work.id],
      requestId: rid(),
    });
    expect(deducted.balance).toMatchObject({ balance: '150.00', hoursRemaining: '1.5' });
    const open = await t.call('invoices.list', { customerId, kind: 'top_up', status: 'open' });
    expect(open.items.map((invoice) => [invoice.total, invoice.origin])).toEqual([
      ['1000.00', 'replenishment'],
    ]);

    const more = await t.call('time.create', {
      customerId,
      date: '2026-03-02',
      hours: '1',
      description: 'Report',
      requestId: rid(),
    });
    await t.call('time.deduct', { customerId, timeEntryIds: [more.id], requestId: rid() });
    expect((await t.call('invoices.list', { customerId, kind: 'top_up' })).items).toHaveLength(1);
    expect((await t.call('jobs.runDue', {})).replenishmentsIssued).toBe(0);
  });
});
