/** Proves that a repeated requestId returns the first result and changes nothing. */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, topUp } from '../../support/backend.ts';

describe('requestId', () => {
  it('charges once when the same request arrives twice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    const request = { customerId, amount: '30.00', description: 'Design', requestId: 'click-1' };
    const first = await t.call('balance.charge', request);
    t.clock.advance({ minutes: 1 });
    const second = await t.call('balance.charge', request);
    expect(second).toEqual(first);
    const balance = await t.call('balance.get', { customerId });
    expect(balance.balance).toBe('70.00');
    const history = await t.call('balance.history', { customerId });
    expect(history.items).toHaveLength(2);
  });

  it('creates one customer for a repeated create', async () => {
    const t = givenBackend();
    const input = { name: 'Once', currency: 'EUR', requestId: 'create-1' };
    const first = await t.call('customers.create', input);
    const second = await t.call('customers.create', input);
    expect(second.id).toBe(first.id);
    expect((await t.call('customers.list', {})).items).toHaveLength(1);
  });

  it('refuses the same requestId for a different request', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00', { requestId: 'shared' });
    const error = await t.fail('balance.topUp', {
      customerId,
      amount: '999.00',
      kind: 'paid',
      requestId: 'shared',
    });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'requestId' });
    expect((await t.call('balance.get', { customerId })).balance).toBe('100.00');
  });

  it('lets a refused request be retried with the same id once it can succeed', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const request = { customerId, amount: '10.00', description: 'Later', requestId: 'retry-1' };
    expect((await t.fail('balance.charge', request)).code).toBe('INSUFFICIENT_BALANCE');
    await topUp(t, customerId, '10.00');
    expect((await t.call('balance.charge', request)).balance.balance).toBe('0.00');
  });
});
