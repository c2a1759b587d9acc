/** Proves the customers.* channels: defaults, updates with their limits, search and paging, billing modes. */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid, setBillingMode, topUp } from '../../support/backend.ts';

describe('customers', () => {
  it('creates with the defaults of SPEC and settings', async () => {
    const t = givenBackend();
    await t.call('settings.update', { defaultPaymentTermsDays: 30, requestId: rid() });
    const customer = await t.call('customers.create', {
      name: 'Zoë Łódź',
      currency: 'PLN',
      requestId: rid(),
    });
    expect(customer).toMatchObject({
      name: 'Zoë Łódź',
      currency: 'PLN',
      email: '',
      billingMode: 'prepaid',
      creditLimit: null,
      creditLimitBlocked: false,
      paymentTermsDays: 30,
      hourlyRate: null,
      autoApplyCredit: true,
      replenishment: { enabled: false, threshold: null, amount: null, recurrence: null },
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(await t.call('customers.get', { customerId: customer.id })).toEqual(customer);
  });

  it('changes the currency only while no money has moved', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '80.00' });
    const euro = await t.call('customers.update', {
      customerId,
      currency: 'EUR',
      requestId: rid(),
    });
    expect(euro).toMatchObject({ currency: 'EUR', hourlyRate: '80.00' });
    const yen = await t.fail('customers.update', { customerId, currency: 'JPY', requestId: rid() });
    expect(yen).toMatchObject({ code: 'VALIDATION', field: 'hourlyRate' });
    await topUp(t, customerId, '10.00');
    const fixed = await t.fail('customers.update', {
      customerId,
      currency: 'USD',
      requestId: rid(),
    });
    expect(fixed).toMatchObject({ code: 'CONFLICT', field: 'currency' });
    const renamed = await t.call('customers.update', {
      customerId,
      name: 'Renamed',
      requestId: rid(),
    });
    expect(renamed).toMatchObject({ name: 'Renamed', currency: 'EUR' });
  });

  it('searches by name or email and pages in name order', async () => {
    const t = givenBackend();
    for (const name of ['delta', 'Alpha', 'charlie', 'Bravo', 'echo 50%']) {
      await givenCustomer(t, { name, email: `${name.split(' ')[0] ?? ''}@example.com` });
    }
    const first = await t.call('customers.list', { limit: 2 });
    expect(first.items.map((item) => item.name)).toEqual(['Alpha', 'Bravo']);
    const rest = await t.call('customers.list', {
      limit: 10,
      cursor: first.nextCursor ?? undefined,
    });
    expect(rest.items.map((item) => item.name)).toEqual(['charlie', 'delta', 'echo 50%']);
    expect(rest.nextCursor).toBeNull();
    const found = await t.call('customers.list', { search: 'ALP' });
    expect(found.items.map((item) => item.name)).toEqual(['Alpha']);
    const byEmail = await t.call('customers.list', { search: 'bravo@' });
    expect(byEmail.items.map((item) => item.name)).toEqual(['Bravo']);
    const percent = await t.call('customers.list', { search: '0%' });
    expect(percent.items.map((item) => item.name)).toEqual(['echo 50%']);
  });

  it('lists each customer with its balance', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '12.34');
    expect((await t.call('customers.list', {})).items[0]).toMatchObject({
      balance: '12.34',
      billingMode: 'prepaid',
    });
  });

  it('reports an unknown customer as NOT_FOUND on customerId', async () => {
    const t = givenBackend();
    expect(await t.fail('customers.get', { customerId: 'cus_missing' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'customerId',
    });
  });
});

describe('billing mode and replenishment settings', () => {
  it('needs a reason and a limit for credit_limit', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const noReason = await t.fail('customers.setBillingMode', {
      customerId,
      mode: 'postpaid',
      requestId: rid(),
    });
    expect(noReason).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const noLimit = await t.fail('customers.setBillingMode', {
      customerId,
      mode: 'credit_limit',
      reason: 'Good payer',
      requestId: rid(),
    });
    expect(noLimit).toMatchObject({ code: 'VALIDATION', field: 'creditLimit' });
    const limited = await setBillingMode(t, customerId, 'credit_limit', '500.00');
    expect(limited).toMatchObject({ billingMode: 'credit_limit', creditLimit: '500.00' });
    const balance = await t.call('balance.get', { customerId });
    expect(balance.available).toBe('500.00');
  });

  it('refuses an unblock when nothing is blocked', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const error = await t.fail('customers.unblockCreditLimit', {
      customerId,
      reason: 'Paid',
      requestId: rid(),
    });
    expect(error.code).toBe('CONFLICT');
  });

  it('stores replenishment and requires threshold and amount to enable it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const missing = await t.fail('customers.setReplenishment', {
      customerId,
      enabled: true,
      amount: '1000.00',
      requestId: rid(),
    });
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'threshold' });
    const set = await t.call('customers.setReplenishment', {
      customerId,
      enabled: true,
      threshold: '200.00',
      amount: '1000.00',
      recurrence: 'once',
      requestId: rid(),
    });
    expect(set.replenishment).toEqual({
      enabled: true,
      threshold: '200.00',
      amount: '1000.00',
      recurrence: 'once',
    });
  });
});
