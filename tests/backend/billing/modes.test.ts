/** Proves billing modes (SPEC 4): what each lets a charge or a time deduction take, and switching. */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import type { ChannelCallInput } from '../../../shared/contract/channels.ts';

async function setMode(
  t: TestBackend,
  customerId: string,
  mode: ChannelCallInput<'customers.setBillingMode'>['mode'],
  creditLimit?: string,
) {
  return t.call('customers.setBillingMode', {
    customerId,
    mode,
    creditLimit,
    reason: 'Agreed terms',
    requestId: rid(),
  });
}

function charge(t: TestBackend, customerId: string, amount: string) {
  return t.backend.invoke('balance.charge', {
    customerId,
    amount,
    description: 'Hosting',
    requestId: rid(),
  });
}

describe('charges by billing mode', () => {
  it('prepaid: only positive balance, the shortfall named', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00');
    const refused = await t.fail('balance.charge', {
      customerId,
      amount: '80.00',
      description: 'x',
      requestId: rid(),
    });
    expect(refused.code).toBe('INSUFFICIENT_BALANCE');
    expect(refused.message).toContain('30.00');
  });

  it('credit limit: down to minus the limit, then CREDIT_LIMIT_EXCEEDED', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await setMode(t, customerId, 'credit_limit', '500.00');
    await topUp(t, customerId, '100.00');
    expect((await t.call('balance.get', { customerId })).available).toBe('600.00');
    expect((await charge(t, customerId, '550.00')).ok).toBe(true);
    const balance = await t.call('balance.get', { customerId });
    expect(balance).toMatchObject({ balance: '-450.00', available: '50.00' });
    const refused = await t.fail('balance.charge', {
      customerId,
      amount: '50.01',
      description: 'x',
      requestId: rid(),
    });
    expect(refused.code).toBe('CREDIT_LIMIT_EXCEEDED');
    expect(refused.message).toContain('0.01');
    expect((await charge(t, customerId, '50.00')).ok).toBe(true);
  });

  it('post-paid: no bound, and no available figure', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await setMode(t, customerId, 'postpaid');
    expect((await charge(t, customerId, '100000.00')).ok).toBe(true);
    expect(await t.call('balance.get', { customerId })).toMatchObject({
      balance: '-100000.00',
      available: null,
    });
  });

  it('switching back to prepaid keeps the debt and stops further debt', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await setMode(t, customerId, 'postpaid');
    await charge(t, customerId, '40.00');
    const prepaid = await setMode(t, customerId, 'prepaid');
    expect(prepaid).toMatchObject({ billingMode: 'prepaid', creditLimit: null });
    expect((await t.call('balance.get', { customerId })).balance).toBe('-40.00');
    const refused = await t.fail('balance.charge', {
      customerId,
      amount: '1.00',
      description: 'x',
      requestId: rid(),
    });
    expect(refused.code).toBe('INSUFFICIENT_BALANCE');
    const paid = await topUp(t, customerId, '50.00');
    expect(paid.balance.balance).toBe('10.00');
  });
});

describe('time.deduct', () => {
  it('charges one entry per time entry, hours x rate half-up, and marks them deducted', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '85.00' });
    await topUp(t, customerId, '500.00');
    const first = await t.call('time.create', {
      customerId,
      date: '2026-02-27',
      hours: '1.25',
      description: 'Call',
      requestId: rid(),
    });
    const second = await t.call('time.create', {
      customerId,
      date: '2026-02-28',
      hours: '0.33',
      description: 'Fix',
      hourlyRate: '99.99',
      requestId: rid(),
    });
    expect([first.amount, second.amount]).toEqual(['106.25', '33.00']); // 0.33 x 99.99 = 32.9967
    const deducted = await t.call('time.deduct', {
      customerId,
      timeEntryIds: [first.id, second.id],
      requestId: rid(),
    });
    expect(deducted.entries.map((entry) => [entry.type, entry.amount, entry.timeEntryId])).toEqual([
      ['charge', '-106.25', first.id],
      ['charge', '-33.00', second.id],
    ]);
    expect(deducted.balance.balance).toBe('360.75');
    const listed = await t.call('time.list', { customerId });
    expect(listed.map((entry) => entry.status)).toEqual(['deducted', 'deducted']);
    expect(await t.call('time.list', { customerId, status: 'unbilled' })).toEqual([]);
    const again = await t.fail('time.deduct', {
      customerId,
      timeEntryIds: [first.id],
      requestId: rid(),
    });
    expect(again.code).toBe('CONFLICT');
  });

  it('refuses the whole selection when the mode does not allow it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '100.00' });
    await topUp(t, customerId, '150.00');
    const ids = [];
    for (const hours of ['1', '1']) {
      ids.push(
        (
          await t.call('time.create', {
            customerId,
            date: '2026-03-01',
            hours,
            description: 'Work',
            requestId: rid(),
          })
        ).id,
      );
    }
    const refused = await t.fail('time.deduct', {
      customerId,
      timeEntryIds: ids,
      requestId: rid(),
    });
    expect(refused.code).toBe('INSUFFICIENT_BALANCE');
    expect(refused.message).toContain('50.00');
    expect((await t.call('balance.get', { customerId })).balance).toBe('150.00');
    expect((await t.call('time.list', { customerId, status: 'unbilled' })).length).toBe(2);
  });

  it('needs a rate and refuses entries of another customer', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const other = await givenCustomer(t, { name: 'Other', hourlyRate: '10.00' });
    const noRate = await t.fail('time.create', {
      customerId,
      date: '2026-03-01',
      hours: '1',
      description: 'x',
      requestId: rid(),
    });
    expect(noRate).toMatchObject({ code: 'VALIDATION', field: 'hourlyRate' });
    const theirs = await t.call('time.create', {
      customerId: other,
      date: '2026-03-01',
      hours: '1',
      description: 'x',
      requestId: rid(),
    });
    const error = await t.fail('time.deduct', {
      customerId,
      timeEntryIds: [theirs.id],
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'timeEntryIds' });
  });
});

describe('edges found by the property tests', () => {
  it('refuses a time entry worth nothing, so every entry can be deducted', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const error = await t.fail('time.create', {
      customerId,
      date: '2026-03-01',
      hours: '0.25',
      description: 'Tiny',
      hourlyRate: '0.01',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'hours' });
  });

  it('invoices the debt of a customer switched back to prepaid on the 1st', async () => {
    const t = givenBackend({ start: '2026-03-05T10:00:00Z' });
    const customerId = await givenCustomer(t);
    await setMode(t, customerId, 'postpaid');
    await charge(t, customerId, '70.00');
    await setMode(t, customerId, 'prepaid');
    t.clock.set('2026-04-01T10:00:00Z');
    expect((await t.call('jobs.runDue', {})).balanceDueIssued).toBe(1);
    const [invoice] = (await t.call('invoices.list', { customerId, kind: 'balance_due' })).items;
    expect(invoice?.total).toBe('70.00');
  });

  it('blocks at once a customer switched to a credit limit with a balance-due invoice overdue', async () => {
    const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 10 });
    await setMode(t, customerId, 'postpaid');
    await charge(t, customerId, '70.00');
    t.clock.set('2026-02-01T10:00:00Z');
    await t.call('jobs.runDue', {});
    t.clock.set('2026-02-20T10:00:00Z');
    const limited = await setMode(t, customerId, 'credit_limit', '500.00');
    expect(limited.creditLimitBlocked).toBe(true);
  });
});
