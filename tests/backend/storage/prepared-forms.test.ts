/**
 * Proves a page query prepared once per set of filters never answers for another set: a
 * backend that has already run every other form of each page gives, call after call, exactly
 * what a backend that never ran one gives on the same file.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import {
  charge,
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

async function givenBook(dbPath: string) {
  const t = givenBackend({ dbPath });
  const ada = await givenCustomer(t, { name: 'Ada Lovelace', email: 'ada@example.com' });
  const bo = await givenCustomer(t, { name: 'Bo Diddley' });
  const cy = await givenCustomer(t, { name: 'Cy Twombly' });
  await t.call('customers.archive', { customerId: cy, reason: 'Left', requestId: rid() });
  await topUp(t, ada, '40.00');
  await charge(t, ada, '5.00');
  await topUp(t, bo, '10.00');
  const paid = await givenIssuedInvoice(t, ada, '20.00');
  const open = await givenIssuedInvoice(t, bo, '90.00');
  await givenDraft(t, ada, '7.00');
  await t.call('payments.record', {
    customerId: bo,
    amount: '30.00',
    method: 'cash',
    receivedOn: '2026-03-01',
    invoiceId: open.id,
    requestId: rid(),
  });
  await t.call('payments.record', {
    customerId: ada,
    amount: '3.00',
    method: 'cash',
    receivedOn: '2026-03-01',
    requestId: rid(),
  });
  t.backend.close();
  return { ada, bo, paidInvoice: paid.id, openInvoice: open.id };
}

describe('pages prepared once per set of filters', () => {
  it('answer each set of filters as a backend that never prepared another would', async () => {
    const dbPath = tempDbPath();
    const { ada, bo, openInvoice } = await givenBook(dbPath);
    const calls: [ChannelName, object][] = [
      ['customers.list', {}],
      ['customers.list', { includeArchived: true }],
      ['customers.list', { search: 'bo' }],
      ['customers.list', { limit: 1 }],
      ['customers.list', { includeArchived: true, search: 'y' }],
      ['invoices.list', {}],
      ['invoices.list', { customerId: ada }],
      ['invoices.list', { status: 'open' }],
      ['invoices.list', { customerId: bo, status: 'paid' }],
      ['invoices.list', { kind: 'standard' }],
      ['invoices.list', { limit: 1 }],
      ['payments.list', {}],
      ['payments.list', { customerId: ada }],
      ['payments.list', { invoiceId: openInvoice }],
      ['payments.list', { limit: 1 }],
      ['audit.list', {}],
      ['audit.list', { entityType: 'customer' }],
      ['audit.list', { entityType: 'customer', entityId: bo }],
      ['audit.list', { limit: 2 }],
      ['balance.history', { customerId: ada }],
      ['balance.history', { customerId: ada, limit: 1 }],
      ['balance.history', { customerId: ada, from: '2026-03-01', to: '2026-03-01' }],
    ];
    const warm = givenBackend({ dbPath });
    const answers: unknown[] = [];
    for (const [channel, input] of calls) answers.push(await warm.call(channel, input as never));
    // The same calls again on the warm backend, each followed by its cursor's next page.
    for (const [index, [channel, input]] of calls.entries()) {
      const fresh = givenBackend({ dbPath });
      const expected = await fresh.call(channel, input as never);
      fresh.backend.close();
      expect(answers[index]).toEqual(expected);
      const cursor = (expected as { nextCursor?: string | null }).nextCursor;
      if (cursor) {
        const next = await warm.call(channel, { ...input, cursor } as never);
        const once = givenBackend({ dbPath });
        expect(next).toEqual(await once.call(channel, { ...input, cursor } as never));
        once.backend.close();
      }
    }
    warm.backend.close();
  });
});
