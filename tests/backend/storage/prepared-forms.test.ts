/**
 * Proves a page query prepared once per set of filters never answers for another set: a
 * backend that has already run every other form of each page gives, call after call, exactly
 * what a backend that never ran one gives on the same file.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { givenSmallBook } from '../../backup/book.ts';

/** The small book (tests/backup/book.ts), with an archived customer besides; ids by name. */
async function givenBook(dbPath: string) {
  const t = await givenSmallBook(dbPath);
  const gone = await givenCustomer(t, { name: 'Gone Yonder', currency: 'EUR' });
  await t.call('customers.archive', { customerId: gone, reason: 'Left', requestId: rid() });
  const listed = await t.call('customers.list', { includeArchived: true });
  const idOf = (name: string) => listed.items.find((item) => item.name === name)?.id ?? '';
  const invoices = await t.call('invoices.list', { status: 'open' });
  t.backend.close();
  return { acme: idOf('Acme Studio'), initech: idOf('Initech'), open: invoices.items[0]?.id };
}

describe('pages prepared once per set of filters', () => {
  it('answer each set of filters as a backend that never prepared another would', async () => {
    const dbPath = tempDbPath();
    const { acme, initech, open } = await givenBook(dbPath);
    const calls: [ChannelName, object][] = [
      ['customers.list', {}],
      ['customers.list', { includeArchived: true }],
      ['customers.list', { search: 'glob' }],
      ['customers.list', { limit: 1 }],
      ['customers.list', { includeArchived: true, search: 'on' }],
      ['invoices.list', {}],
      ['invoices.list', { customerId: acme }],
      ['invoices.list', { status: 'open' }],
      ['invoices.list', { customerId: initech, status: 'open' }],
      ['invoices.list', { kind: 'standard' }],
      ['invoices.list', { limit: 1 }],
      ['payments.list', {}],
      ['payments.list', { customerId: acme }],
      ['payments.list', { invoiceId: open }],
      ['payments.list', { limit: 1 }],
      ['audit.list', {}],
      ['audit.list', { entityType: 'customer' }],
      ['audit.list', { entityType: 'customer', entityId: initech }],
      ['audit.list', { limit: 2 }],
      ['balance.history', { customerId: acme }],
      ['balance.history', { customerId: acme, limit: 1 }],
      ['balance.history', { customerId: acme, from: '2026-03-01', to: '2026-03-01' }],
    ];
    const warm = givenBackend({ dbPath });
    const answers: unknown[] = [];
    for (const [channel, input] of calls) answers.push(await warm.call(channel, input));
    // The same calls again on the warm backend, each followed by its cursor's next page.
    for (const [index, [channel, input]] of calls.entries()) {
      const fresh = givenBackend({ dbPath });
      const expected = await fresh.call(channel, input);
      fresh.backend.close();
      expect(answers[index]).toEqual(expected);
      const cursor = (expected as { nextCursor?: string | null }).nextCursor;
      if (cursor) {
        const next = await warm.call(channel, { ...input, cursor });
        const once = givenBackend({ dbPath });
        expect(next).toEqual(await once.call(channel, { ...input, cursor }));
        once.backend.close();
      }
    }
    warm.backend.close();
  });
});
