/**
 * Proves SPEC 2's "expiry before any read or spend of that customer's balance" now that no call
 * expires on the side: a lot due yesterday is gone from every channel that shows or spends the
 * balance (each handler brings the customer up to date itself), while a call that shows no
 * balance writes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

/** 100.00 due at the end of March 10, 50.00 lasting; the clock then stands on March 11. */
async function givenLotDueYesterday(): Promise<{ t: TestBackend; customerId: string }> {
  const t = givenBackend({ start: '2026-03-01T09:00:00Z' });
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '100.00', { expiresOn: '2026-03-10' });
  await topUp(t, customerId, '50.00');
  t.clock.set('2026-03-11T09:00:00Z');
  return { t, customerId };
}

type Row = { channel: string; shows: (t: TestBackend, customerId: string) => Promise<unknown> };

const READERS: Row[] = [
  {
    channel: 'balance.get',
    shows: async (t, customerId) => (await t.call('balance.get', { customerId })).balance,
  },
  {
    channel: 'balance.history',
    shows: async (t, customerId) =>
      (await t.call('balance.history', { customerId })).items[0]?.balanceAfter,
  },
  {
    channel: 'customers.list',
    shows: async (t) => (await t.call('customers.list', {})).items[0]?.balance,
  },
  {
    channel: 'statements.get',
    shows: async (t, customerId) =>
      (await t.call('statements.get', { customerId, from: '2026-03-01', to: '2026-03-11' }))
        .closingBalance,
  },
  {
    channel: 'reports.dashboard',
    shows: async (t) => (await t.call('reports.dashboard', {})).currencies[0]?.creditOwed,
  },
];

describe('bringing a customer up to date', () => {
  it.each(READERS)(
    '$channel shows the balance after the lot due yesterday expired',
    async (row) => {
      const { t, customerId } = await givenLotDueYesterday();
      expect(await row.shows(t, customerId)).toBe('50.00');
    },
  );

  it.each(['balance.charge', 'balance.refund'])(
    '%s spends only what is left after the expiry',
    async (channel) => {
      const { t, customerId } = await givenLotDueYesterday();
      const input = { customerId, amount: '60.00', requestId: rid() };
      const extra =
        channel === 'balance.charge'
          ? { description: 'Work' }
          : { method: 'cash', reason: 'Asked' };
      const refused = await t.fail(channel, { ...input, ...extra });
      expect(refused.code).toBe('INSUFFICIENT_BALANCE');
    },
  );

  it('is never a side effect of a call that shows no balance', async () => {
    const { t } = await givenLotDueYesterday();
    await t.call('settings.get', {});
    await t.call('invoices.list', {});
    const events = await t.call('audit.list', { entityType: 'customer' });
    expect(events.items.map((event) => event.action)).not.toContain('balance.expire');
    expect(events.items.map((event) => event.action)).toContain('balance.topUp');
  });
});
