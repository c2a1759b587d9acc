/** Proves the grant rules of SPEC 2: spending order, expiry at the end of the day, debt first. */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function grantsOf(t: TestBackend, customerId: string) {
  const balance = await t.call('balance.get', { customerId });
  return balance.grants.map((grant) => [grant.kind, grant.remaining, grant.expiresOn]);
}

describe('spending order', () => {
  it('takes the expiring grant first, then the one without expiry', async () => {
    const t = givenBackend({ start: '2026-03-01T09:00:00Z' });
    const customerId = await givenCustomer(t);
    const expiring = await topUp(t, customerId, '100.00', { expiresOn: '2026-03-10' });
    const lasting = await topUp(t, customerId, '50.00');
    t.clock.set('2026-03-05T09:00:00Z');
    const charged = await charge(t, customerId, '120.00');
    expect(charged.entry.allocations).toEqual([
      { grantId: expiring.entry.grantId, amount: '100.00' },
      { grantId: lasting.entry.grantId, amount: '20.00' },
    ]);
    expect(charged.balance.balance).toBe('30.00');
    expect(await grantsOf(t, customerId)).toEqual([['paid', '30.00', null]]);
  });

  it('takes sooner expiry first, promotional before paid on the same day, then oldest', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const paidNoExpiry = await topUp(t, customerId, '10.00');
    const paidLate = await topUp(t, customerId, '10.00', { expiresOn: '2026-04-01' });
    const paidSameDay = await topUp(t, customerId, '10.00', { expiresOn: '2026-03-20' });
    const promoSameDay = await topUp(t, customerId, '10.00', {
      kind: 'promotional',
      expiresOn: '2026-03-20',
    });
    const olderNoExpiry = paidNoExpiry.entry.grantId;
    const newerNoExpiry = (await topUp(t, customerId, '10.00')).entry.grantId;
    const charged = await charge(t, customerId, '45.00');
    expect(charged.entry.allocations.map((a) => [a.grantId, a.amount])).toEqual([
      [promoSameDay.entry.grantId, '10.00'],
      [paidSameDay.entry.grantId, '10.00'],
      [paidLate.entry.grantId, '10.00'],
      [olderNoExpiry, '10.00'],
      [newerNoExpiry, '5.00'],
    ]);
  });
});

describe('expiry', () => {
  it('removes a grant at the end of its expiry day with one entry dated then', async () => {
    const t = givenBackend({ start: '2026-03-01T09:00:00Z', timeZone: 'Europe/Brussels' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '30.00', { kind: 'promotional', expiresOn: '2026-03-03' });
    t.clock.set('2026-03-03T22:59:00Z'); // 23:59 in Brussels: still usable
    expect((await t.call('balance.get', { customerId })).balance).toBe('30.00');
    t.clock.set('2026-03-09T12:00:00Z'); // nothing ran on the 4th
    const balance = await t.call('balance.get', { customerId });
    expect(balance.balance).toBe('0.00');
    const history = await t.call('balance.history', { customerId });
    const expirations = history.items.filter((entry) => entry.type === 'expiration');
    expect(expirations).toHaveLength(1);
    expect(expirations[0]).toMatchObject({
      amount: '-30.00',
      balanceAfter: '0.00',
      occurredAt: '2026-03-03T23:00:00.000Z', // midnight in Brussels, end of the 3rd
      actorId: 'system',
    });
  });

  it('expires at the end of the day in a zone far from UTC, across a DST change', async () => {
    // Auckland leaves daylight saving on 5 April 2026: the 5th ends at 12:00 UTC, not 11:00.
    const t = givenBackend({ start: '2026-04-01T00:00:00Z', timeZone: 'Pacific/Auckland' });
    const customerId = await givenCustomer(t, { currency: 'NZD' });
    await topUp(t, customerId, '40.00', { expiresOn: '2026-04-05' });
    t.clock.set('2026-04-05T11:30:00Z'); // 23:30 on the 5th in Auckland
    expect((await t.call('balance.get', { customerId })).balance).toBe('40.00');
    t.clock.set('2026-04-05T12:00:00Z');
    const history = await t.call('balance.history', { customerId });
    expect(history.items[0]).toMatchObject({
      type: 'expiration',
      occurredAt: '2026-04-05T12:00:00.000Z',
    });
  });

  it('expires before a charge, so expired credit cannot be spent', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00', { expiresOn: '2026-03-02' });
    t.clock.advance({ days: 3 });
    const error = await t.fail('balance.charge', {
      customerId,
      amount: '10.00',
      description: 'Work',
      requestId: rid(),
    });
    expect(error.code).toBe('INSUFFICIENT_BALANCE');
  });

  it('expires only what is left of a partly spent grant', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00', { expiresOn: '2026-03-02' });
    await charge(t, customerId, '20.00');
    t.clock.advance({ days: 2 });
    const history = await t.call('balance.history', { customerId });
    expect(history.items[0]).toMatchObject({ type: 'expiration', amount: '-30.00' });
  });

  it('is applied at start-up for every customer', async () => {
    const t = givenBackend();
    const first = await givenCustomer(t);
    await topUp(t, first, '5.00', { expiresOn: '2026-03-01' });
    t.clock.advance({ days: 1 });
    const list = await t.call('customers.list', {});
    expect(list.items[0]?.balance).toBe('0.00');
  });

  it('refuses an expiry date already past', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const error = await t.fail('balance.topUp', {
      customerId,
      amount: '5.00',
      kind: 'paid',
      expiresOn: '2026-02-28',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'expiresOn' });
  });
});

describe('debt first', () => {
  it('lets a positive entry pay the debt before it forms a grant', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '40.00',
      reason: 'Unbilled work from last year',
      requestId: rid(),
    });
    const paid = await topUp(t, customerId, '100.00');
    expect(paid.balance.balance).toBe('60.00');
    expect(paid.balance.grants).toMatchObject([{ original: '60.00', remaining: '60.00' }]);
    const small = await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '100.00',
      reason: 'Correction',
      requestId: rid(),
    });
    expect(small.balance.balance).toBe('-40.00');
    const partial = await topUp(t, customerId, '30.00');
    expect(partial.entry.grantId).toBeNull();
    expect(partial.balance.grants).toEqual([]);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });
});
