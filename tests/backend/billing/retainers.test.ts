/**
 * Proves schedules of the kinds SPEC 12 adds: a retainer schedule issues top-up invoices (not
 * standard ones), and an allowance grants promotional credit each period that expires at the
 * period's end, caught up once per missed period.
 */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

function retainer(t: TestBackend, customerId: string) {
  return t.call('schedules.create', {
    customerId,
    kind: 'top_up',
    lines: [{ description: 'Monthly retainer', quantity: '1', unitPrice: '500.00' }],
    interval: 'month',
    startDate: '2026-03-01',
    autoIssue: true,
    requestId: rid('retainer'),
  });
}

function allowance(t: TestBackend, customerId: string) {
  return t.call('schedules.create', {
    customerId,
    kind: 'allowance',
    amount: '100.00',
    interval: 'month',
    startDate: '2026-03-01',
    autoIssue: true,
    memo: '2 included hours',
    requestId: rid('allowance'),
  });
}

describe('retainers', () => {
  it('issues a top-up request each period, never settled from the balance', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00');
    const schedule = await retainer(t, customerId);
    expect(schedule).toMatchObject({ kind: 'top_up', allowance: null });
    expect((await t.call('jobs.runDue', {})).recurringIssued).toBe(1);
    const [invoice] = (await t.call('invoices.list', { customerId })).items;
    expect(invoice).toMatchObject({
      kind: 'top_up',
      status: 'open',
      total: '500.00',
      creditApplied: '0.00',
      issueDate: '2026-03-01',
    });
    expect((await t.call('balance.get', { customerId })).balance).toBe('50.00');
  });
});

describe('recurring allowances', () => {
  it('grants promotional credit expiring at the period’s end, once per missed period', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    expect(await allowance(t, customerId)).toMatchObject({
      kind: 'allowance',
      allowance: '100.00',
    });
    await t.call('jobs.runDue', {});
    const march = await t.call('balance.get', { customerId });
    expect(march.grants.map((grant) => [grant.kind, grant.remaining, grant.expiresOn])).toEqual([
      ['promotional', '100.00', '2026-03-31'],
    ]);

    t.clock.set('2026-05-15T09:00:00Z');
    await t.call('jobs.runDue', {});
    await t.call('jobs.runDue', {});
    const may = await t.call('balance.get', { customerId });
    expect(may.balance).toBe('100.00');
    expect(may.grants.map((grant) => grant.expiresOn)).toEqual(['2026-05-31']);
    const history = await t.call('balance.history', { customerId });
    expect(history.items.map((entry) => [entry.type, entry.amount]).reverse()).toEqual([
      ['promotional_credit', '100.00'],
      ['expiration', '-100.00'],
      ['promotional_credit', '100.00'],
      ['expiration', '-100.00'],
      ['promotional_credit', '100.00'],
    ]);
    expect(history.items[0]?.description).toBe(
      'Allowance 2026-05-01 to 2026-05-31: 2 included hours',
    );
    expect((await t.call('audit.verify', {})).problems).toEqual([]);
  });

  it('refuses lines for an allowance, and an amount for an invoice schedule', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const base = { customerId, interval: 'month', startDate: '2026-03-01', autoIssue: true };
    const line = [{ description: 'Work', quantity: '1', unitPrice: '9.00' }];
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'allowance', amount: '10.00', lines: line }, 'lines'],
      [{ kind: 'allowance' }, 'amount'],
      [{ kind: 'top_up' }, 'lines'],
      [{ lines: line, amount: '10.00' }, 'amount'],
    ];
    for (const [extra, field] of cases) {
      const error = await t.fail('schedules.create', { ...base, ...extra, requestId: rid() });
      expect(error, JSON.stringify(extra)).toMatchObject({ code: 'VALIDATION', field });
    }
    expect(await t.call('schedules.list', { customerId })).toEqual([]);
  });
});
