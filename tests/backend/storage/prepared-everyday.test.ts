/**
 * Proves the everyday channels build no query per call once warm (ARCHITECTURE.md: a query a
 * call runs every time is prepared once per storage): after two rounds, a third round of each
 * channel turns no drizzle query into SQL. Building a query costs 0.05-0.15 ms, often more than
 * running it; this fails when a repository goes back to building one per call.
 */
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels, type ChannelName } from '../../../shared/contract/channels.ts';
import { givenBackend, rid, type TestBackend } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

type Step = [ChannelName, (ids: Ids) => object];
type Ids = { customerId: string; draftId: string; issuedId: string; entryId: string };

const EVERYDAY: Step[] = [
  ['customers.get', ({ customerId }) => ({ customerId })],
  ['customers.list', () => ({})],
  ['customers.update', ({ customerId }) => ({ customerId, email: `${rid()}@example.com` })],
  ['balance.topUp', ({ customerId }) => ({ customerId, amount: '100.00', kind: 'paid' })],
  ['balance.charge', ({ customerId }) => ({ customerId, amount: '5.00', description: 'Work' })],
  ['balance.get', ({ customerId }) => ({ customerId })],
  ['balance.history', ({ customerId }) => ({ customerId })],
  [
    'time.create',
    ({ customerId }) => ({
      customerId,
      date: '2026-03-01',
      hours: '1',
      hourlyRate: '10.00',
      description: 'Call',
    }),
  ],
  ['time.list', ({ customerId }) => ({ customerId })],
  [
    'invoices.create',
    ({ customerId }) => ({
      customerId,
      lines: [{ description: 'Design', quantity: '1', unitPrice: '20.00' }],
    }),
  ],
  ['invoices.list', ({ customerId }) => ({ customerId })],
  ['invoices.issue', ({ draftId }) => ({ invoiceId: draftId })],
  ['invoices.get', ({ issuedId }) => ({ invoiceId: issuedId })],
  [
    'payments.record',
    ({ customerId, issuedId }) => ({
      customerId,
      amount: '1.00',
      method: 'cash',
      receivedOn: '2026-03-01',
      invoiceId: issuedId,
    }),
  ],
  ['payments.list', ({ customerId }) => ({ customerId })],
  ['balance.reverse', ({ entryId }) => ({ entryId, reason: 'Typed twice' })],
  ['audit.list', () => ({})],
];

afterEach(() => {
  vi.restoreAllMocks();
});

/** One round: a customer with a draft, an issued invoice and a charge to reverse, then every step once. */
async function round(t: TestBackend, built: Map<ChannelName, number>, count: () => number) {
  const customerId = (
    await t.call('customers.create', { name: 'Acme', currency: 'USD', requestId: rid() })
  ).id;
  const lines = [{ description: 'Design', quantity: '1', unitPrice: '300.00' }];
  const draftId = (await t.call('invoices.create', { customerId, lines, requestId: rid() })).id;
  const other = await t.call('invoices.create', { customerId, lines, requestId: rid() });
  const issuedId = (await t.call('invoices.issue', { invoiceId: other.id, requestId: rid() })).id;
  await t.call('balance.topUp', { customerId, amount: '50.00', kind: 'paid', requestId: rid() });
  const typedTwice = await t.call('balance.charge', {
    customerId,
    amount: '1.00',
    description: 'Typed twice',
    requestId: rid(),
  });
  const ids: Ids = { customerId, draftId, issuedId, entryId: typedTwice.entry.id };
  for (const [channel, input] of EVERYDAY) {
    const before = count();
    const requestId = channels[channel].mutates ? { requestId: rid() } : {};
    await t.call(channel, { ...input(ids), ...requestId } as never);
    built.set(channel, count() - before);
  }
}

describe('the everyday channels, warm', () => {
  it('build no query per call', async () => {
    const t = givenBackend({ dbPath: tempDbPath() });
    const spy = vi.spyOn(SQLiteSyncDialect.prototype, 'sqlToQuery');
    const built = new Map<ChannelName, number>();
    await round(t, built, () => spy.mock.calls.length);
    await round(t, built, () => spy.mock.calls.length);
    await round(t, built, () => spy.mock.calls.length);
    t.backend.close();
    expect(Object.fromEntries(built)).toEqual(
      Object.fromEntries(EVERYDAY.map(([channel]) => [channel, 0])),
    );
  });
});
