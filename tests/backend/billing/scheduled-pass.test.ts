/**
 * Proves the scheduled pass (SPEC 6): recurring invoices, monthly balance-due invoices and expiry
 * caught up after months closed, in order and once; a second run does nothing; month ends in a
 * zone far from UTC; an interrupted pass finishing on the next run.
 */
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import {
  charge,
  fakeClock,
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const NOTHING = {
  expired: 0,
  recurringIssued: 0,
  balanceDueIssued: 0,
  blocked: 0,
  unblocked: 0,
  replenishmentsIssued: 0,
};

async function schedule(t: TestBackend, customerId: string, extra: object = {}) {
  return t.call('schedules.create', {
    customerId,
    lines: [{ description: 'Retainer', quantity: '1', unitPrice: '100.00' }],
    interval: 'month',
    startDate: '2026-01-31',
    autoIssue: true,
    requestId: rid(),
    ...extra,
  });
}

describe('recurring invoices', () => {
  it('makes one invoice per period from the start date, month ends kept, settled at issue', async () => {
    const t = givenBackend({ start: '2026-01-30T10:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '150.00');
    await schedule(t, customerId);
    t.clock.set('2026-03-31T10:00:00Z');
    expect((await t.call('jobs.runDue', {})).recurringIssued).toBe(3);
    const invoices = (await t.call('invoices.list', { customerId })).items.reverse();
    expect(
      invoices.map((invoice) => [invoice.issueDate, invoice.status, invoice.amountDue]),
    ).toEqual([
      ['2026-01-31', 'paid', '0.00'],
      ['2026-02-28', 'open', '50.00'],
      ['2026-03-31', 'open', '100.00'],
    ]);
    expect((await t.call('jobs.runDue', {})).recurringIssued).toBe(0);
  });

  it('leaves drafts when asked, stops at the end date, and stops when cancelled', async () => {
    const t = givenBackend({ start: '2026-01-01T10:00:00Z' });
    const customerId = await givenCustomer(t);
    const quarterly = await schedule(t, customerId, {
      interval: 'quarter',
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      autoIssue: false,
    });
    const yearly = await schedule(t, customerId, { interval: 'year', startDate: '2026-01-01' });
    await t.call('schedules.cancel', { scheduleId: yearly.id, requestId: rid() });
    t.clock.set('2027-01-15T10:00:00Z');
    expect((await t.call('jobs.runDue', {})).recurringIssued).toBe(2);
    const invoices = (await t.call('invoices.list', { customerId })).items.reverse();
    expect(invoices.map((invoice) => [invoice.issueDate, invoice.status])).toEqual([
      ['2026-01-01', 'draft'],
      ['2026-04-01', 'draft'],
    ]);
    const listed = await t.call('schedules.list', { customerId });
    expect(listed.map((item) => [item.id, item.status])).toEqual([
      [quarterly.id, 'ended'],
      [yearly.id, 'cancelled'],
    ]);
    expect(
      (await t.fail('schedules.cancel', { scheduleId: yearly.id, requestId: rid() })).code,
    ).toBe('CONFLICT');
  });
});

describe('catching up after the application was closed', () => {
  it('runs three months in order, once, with expiry at its own dates', async () => {
    const t = givenBackend({ start: '2026-01-05T10:00:00Z', timeZone: 'Europe/Brussels' });
    const postpaid = await givenCustomer(t, { name: 'Postpaid' });
    await setBillingMode(t, postpaid, 'postpaid');
    const prepaid = await givenCustomer(t, { name: 'Prepaid' });
    await topUp(t, prepaid, '10.00', { expiresOn: '2026-02-10' });
    await topUp(t, prepaid, '20.00', { expiresOn: '2026-03-10' });
    await schedule(t, postpaid, { startDate: '2026-02-01' });
    await charge(t, postpaid, '70.00', 'January usage');
    t.clock.set('2026-04-20T10:00:00Z');
    const run = await t.call('jobs.runDue', {});
    expect(run).toMatchObject({ expired: 2, recurringIssued: 3 });
    // January's usage, then the February and March retainers, each invoiced on the 1st after.
    const dueInvoices = (
      await t.call('invoices.list', { customerId: postpaid, kind: 'balance_due' })
    ).items.reverse();
    expect(dueInvoices.map((invoice) => [invoice.issueDate, invoice.total])).toEqual([
      ['2026-02-01', '70.00'],
    ]);
    expect(run.balanceDueIssued).toBe(1);
    const expirations = (await t.call('balance.history', { customerId: prepaid })).items.filter(
      (entry) => entry.type === 'expiration',
    );
    expect(expirations.map((entry) => entry.occurredAt).reverse()).toEqual([
      '2026-02-10T23:00:00.000Z',
      '2026-03-10T23:00:00.000Z',
    ]);
    expect(await t.call('jobs.runDue', {})).toEqual(NOTHING);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('issues a balance-due invoice for each month closed, in order, never beyond the debt', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 10 });
    await setBillingMode(t, customerId, 'postpaid');
    const chargeOn = async (instant: string, amount: string) => {
      t.clock.set(instant);
      await charge(t, customerId, amount, 'Usage');
    };
    await chargeOn('2026-01-10T10:00:00Z', '100.00');
    t.clock.set('2026-02-01T08:00:00Z');
    expect((await t.call('jobs.runDue', {})).balanceDueIssued).toBe(1);
    const [january] = (await t.call('invoices.list', { customerId })).items;
    await chargeOn('2026-02-10T10:00:00Z', '200.00');
    t.clock.set('2026-02-15T10:00:00Z');
    await t.call('payments.record', {
      customerId,
      invoiceId: january?.id,
      amount: '100.00',
      method: 'bank_transfer',
      receivedOn: '2026-02-15',
      requestId: rid(),
    });
    await topUp(t, customerId, '150.00'); // owed at the end of February: 50 of the 200 it created
    await chargeOn('2026-03-10T10:00:00Z', '30.00'); // owed at the end of March: 80, 50 already invoiced
    t.clock.set('2026-05-02T10:00:00Z'); // closed through March and April
    expect((await t.call('jobs.runDue', {})).balanceDueIssued).toBe(2);
    const invoices = (
      await t.call('invoices.list', { customerId, kind: 'balance_due' })
    ).items.reverse();
    expect(
      invoices.map((invoice) => [
        invoice.issueDate,
        invoice.dueDate,
        invoice.total,
        invoice.number,
      ]),
    ).toEqual([
      ['2026-02-01', '2026-02-11', '100.00', 'INV-0001'],
      ['2026-03-01', '2026-03-11', '50.00', 'INV-0002'],
      ['2026-04-01', '2026-04-11', '30.00', 'INV-0003'],
    ]);
    expect(invoices[1]?.lines.map((line) => [line.description, line.amount])).toEqual([
      ['2026-02-10 Usage', '50.00'],
    ]);
  });

  it('serves other calls between customers when each batch has no time to spare', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z', batchBudgetMs: 0 });
    for (let index = 0; index < 4; index += 1) {
      const customerId = await givenCustomer(t, { name: `Usage ${index}` });
      await setBillingMode(t, customerId, 'postpaid');
      await charge(t, customerId, '10.00', 'Usage');
    }
    t.clock.set('2026-02-01T08:00:00Z');
    const progress = { done: false };
    const pass = t.call('jobs.runDue', {}).finally(() => {
      progress.done = true;
    });
    // Reads made while the pass runs see it part way: one customer more after each batch.
    const seen = new Set<number>();
    while (!progress.done) {
      const { items } = await t.call('invoices.list', { kind: 'balance_due' });
      seen.add(items.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await pass).balanceDueIssued).toBe(4);
    expect([...seen].filter((count) => count > 0 && count < 4).length).toBeGreaterThanOrEqual(2);
  });

  it('issues nothing when nothing is owed', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z' });
    const customerId = await givenCustomer(t);
    await setBillingMode(t, customerId, 'credit_limit', '100.00');
    await topUp(t, customerId, '50.00');
    await charge(t, customerId, '40.00', 'Within credit');
    t.clock.set('2026-02-01T10:00:00Z');
    expect((await t.call('jobs.runDue', {})).balanceDueIssued).toBe(0);
  });

  it('takes the 1st in the business time zone, far from UTC', async () => {
    // 1 April 00:30 in Auckland is still 31 March in UTC.
    const t = givenBackend({ start: '2026-03-10T00:00:00Z', timeZone: 'Pacific/Auckland' });
    const customerId = await givenCustomer(t, { currency: 'NZD' });
    await setBillingMode(t, customerId, 'postpaid');
    await charge(t, customerId, '80.00', 'March');
    t.clock.set('2026-03-31T11:00:00Z'); // 1 April 00:00 in Auckland (UTC+13)
    const run = await t.call('jobs.runDue', {});
    expect(run.balanceDueIssued).toBe(1);
    const [invoice] = (await t.call('invoices.list', { customerId })).items;
    expect(invoice?.issueDate).toBe('2026-04-01');
  });

  it('does nothing on the last evening of the month in that zone', async () => {
    const t = givenBackend({ start: '2026-03-10T00:00:00Z', timeZone: 'Pacific/Auckland' });
    const customerId = await givenCustomer(t, { currency: 'NZD' });
    await setBillingMode(t, customerId, 'postpaid');
    await charge(t, customerId, '80.00', 'March');
    t.clock.set('2026-03-31T10:59:00Z'); // 23:59 on 31 March in Auckland
    expect((await t.call('jobs.runDue', {})).balanceDueIssued).toBe(0);
  });

  it('finishes an interrupted pass on the next run', async () => {
    const dbPath = tempDbPath();
    const clock = fakeClock('2026-01-05T10:00:00Z');
    const first = createBackend({
      dbPath,
      now: clock.now,
      timeZone: 'UTC',
      onInternalError: () => undefined,
    });
    const ids: string[] = [];
    for (let index = 0; index < 120; index += 1) {
      const created = await first.invoke('customers.create', {
        name: `C${index}`,
        currency: 'USD',
        requestId: `c${index}`,
      });
      const customerId = (created as { ok: true; data: { id: string } }).data.id;
      ids.push(customerId);
      await first.invoke('customers.setBillingMode', {
        customerId,
        mode: 'postpaid',
        reason: 'x',
        requestId: `m${index}`,
      });
      await first.invoke('balance.charge', {
        customerId,
        amount: '10.00',
        description: 'Usage',
        requestId: `u${index}`,
      });
    }
    clock.set('2026-02-01T10:00:00Z');
    const pass = first.invoke('jobs.runDue', {});
    // Other calls are served between the pass's batches: watch it work, then quit halfway.
    let issued = 0;
    while (issued < 50) {
      await new Promise((resolve) => setImmediate(resolve));
      const listed = await first.invoke('invoices.list', { kind: 'balance_due', limit: 500 });
      issued = listed.ok ? (listed.data as { items: unknown[] }).items.length : -1;
    }
    first.close();
    expect((await pass).ok).toBe(false);
    const second = givenBackend({ dbPath, start: '2026-02-01T10:00:00Z', timeZone: 'UTC' });
    const rerun = await second.call('jobs.runDue', {});
    expect(rerun.balanceDueIssued).toBeGreaterThan(0);
    expect(rerun.balanceDueIssued).toBeLessThan(120);
    const invoices = await second.call('invoices.list', { kind: 'balance_due', limit: 500 });
    expect(invoices.items).toHaveLength(120);
    expect(new Set(invoices.items.map((invoice) => invoice.customerId)).size).toBe(120);
    expect((await second.call('audit.verify', {})).ok).toBe(true);
    second.backend.close();
    expect(ids).toHaveLength(120);
  });
});

describe('months across a daylight-saving change', () => {
  it('counts a charge made just after midnight on the 1st in the new month', async () => {
    // Brussels moved to summer time on 29 March: 1 April 00:30 there is 31 March 22:30 UTC.
    const t = givenBackend({ start: '2026-03-20T10:00:00Z', timeZone: 'Europe/Brussels' });
    const customerId = await givenCustomer(t, { currency: 'EUR' });
    await setBillingMode(t, customerId, 'postpaid');
    await charge(t, customerId, '10.00', 'March');
    t.clock.set('2026-03-31T22:30:00Z');
    await charge(t, customerId, '99.00', 'April');
    const run = await t.call('jobs.runDue', {});
    expect(run.balanceDueIssued).toBe(1);
    const [invoice] = (await t.call('invoices.list', { customerId })).items;
    expect([invoice?.issueDate, invoice?.total]).toEqual(['2026-04-01', '10.00']);
  });
});

describe('credit-limit blocks', () => {
  it('lets an admin unblock with a reason until another invoice falls overdue', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 5 });
    await setBillingMode(t, customerId, 'credit_limit', '300.00');
    await charge(t, customerId, '100.00', 'Jan');
    t.clock.set('2026-02-10T10:00:00Z');
    expect((await t.call('jobs.runDue', {})).blocked).toBe(1);
    const noReason = await t.fail('customers.unblockCreditLimit', { customerId, requestId: rid() });
    expect(noReason.code).toBe('REASON_REQUIRED');
    const unblocked = await t.call('customers.unblockCreditLimit', {
      customerId,
      reason: 'Promised to pay Friday',
      requestId: rid(),
    });
    expect(unblocked.creditLimitBlocked).toBe(false);
    expect((await t.call('jobs.runDue', {})).blocked).toBe(0);
    await charge(t, customerId, '50.00', 'Feb');
    t.clock.set('2026-03-07T10:00:00Z');
    expect((await t.call('jobs.runDue', {})).blocked).toBe(1);
    const events = await t.call('audit.list', {
      entityType: 'customer',
      entityId: customerId,
      limit: 100,
    });
    const unblock = events.items.find(
      (event) => event.action === 'customers.unblockCreditLimit' && event.actorId === 'admin',
    );
    expect(unblock?.reason).toBe('Promised to pay Friday');
  });

  it('is refused to an accountant', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const accountant = await t.call('users.create', {
      name: 'A',
      role: 'accountant',
      requestId: rid(),
    });
    const error = await t.fail(
      'customers.unblockCreditLimit',
      { customerId, reason: 'x', requestId: rid() },
      accountant.id,
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(
      (
        await t.fail(
          'jobs.runDue',
          {},
          (await t.call('users.create', { name: 'V', role: 'viewer', requestId: rid() })).id,
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
