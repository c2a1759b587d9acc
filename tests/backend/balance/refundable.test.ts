/**
 * Proves `balance.get` `refundable`: paid credit only, never promotional, following spending and
 * expiry, and exactly the limit `balance.refund` keeps (the figure the refund dialog shows).
 */
import { describe, expect, it } from 'vitest';
import { charge, givenBackend, givenCustomer, rid, topUp } from '../../support/backend.ts';

function refund(amount: string, customerId: string) {
  return {
    customerId,
    amount,
    method: 'bank_transfer' as const,
    reason: 'Closing',
    requestId: rid(),
  };
}

describe('balance.get refundable', () => {
  it('counts paid credit only, after spending and expiry, and is what a refund may take', async () => {
    const t = givenBackend({ start: '2026-03-01T09:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '40.00');
    await topUp(t, customerId, '60.00', { kind: 'promotional', expiresOn: '2026-03-10' });
    const { balance } = await topUp(t, customerId, '30.00', { expiresOn: '2026-03-05' });
    expect(balance).toMatchObject({ balance: '130.00', refundable: '70.00' });

    await charge(t, customerId, '20.00');
    expect(await t.call('balance.get', { customerId })).toMatchObject({ refundable: '50.00' });

    t.clock.set('2026-03-06T09:00:00Z');
    expect(await t.call('balance.get', { customerId })).toMatchObject({
      balance: '100.00',
      refundable: '40.00',
    });

    const refused = await t.fail('balance.refund', refund('40.01', customerId));
    expect(refused).toMatchObject({ code: 'INSUFFICIENT_BALANCE', field: 'amount' });
    expect(refused.message).toMatch(/^Only 40\.00 USD of paid credit is refundable/);
    const refunded = await t.call('balance.refund', refund('40.00', customerId));
    expect(refunded.balance).toMatchObject({ balance: '60.00', refundable: '0.00' });
  });

  it('is zero for a customer with only promotional credit or none', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    expect(await t.call('balance.get', { customerId })).toMatchObject({ refundable: '0.00' });
    await topUp(t, customerId, '25.00', { kind: 'promotional' });
    expect(await t.call('balance.get', { customerId })).toMatchObject({ refundable: '0.00' });
  });
});
