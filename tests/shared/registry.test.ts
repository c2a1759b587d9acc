/**
 * Proves the one registry drives batching and cache invalidation: the channels it marks
 * `batched` are exactly the engine's batched passes, every channel that changes data has a rule
 * saying what goes stale, and those rules, fed the engine's real answers, name the customers and
 * invoices touched (or everything), which the renderer's cache turns into its groups.
 */
import { describe, expect, it } from 'vitest';
import { channels, type ChannelName } from '../../shared/contract/channels.ts';
import { staleAfter } from '../../shared/contract/stale-after.ts';
import { handlers } from '../../electron/backend/handlers.ts';
import { givenBackend, givenCustomer, rid, topUp } from '../support/backend.ts';

const names = Object.keys(channels) as ChannelName[];

function isBatched(name: ChannelName): boolean {
  const spec = channels[name];
  return 'batched' in spec && spec.batched;
}

describe('the registry says which channels are batched passes', () => {
  it('marks exactly the channels whose handler is a batched pass', () => {
    const marked = names.filter(isBatched);
    const passes = names.filter((name) => typeof handlers[name] !== 'function');
    expect(marked.sort()).toEqual(passes.sort());
    expect(marked).toContain('jobs.runDue');
  });
});

describe('staleAfter', () => {
  it('has a rule for every mutating channel and batched pass, and for no other', () => {
    const changing = names.filter((name) => channels[name].mutates || isBatched(name));
    expect(Object.keys(staleAfter).sort()).toEqual(changing.sort());
  });

  it('names the customer of a top-up', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const input = { customerId, amount: '10.00', kind: 'paid' as const, requestId: rid() };
    const output = await t.call('balance.topUp', input);
    expect(staleAfter['balance.topUp'](input, output)).toEqual({
      customerIds: [customerId],
      invoiceIds: [],
    });
  });

  it('names the invoice and its customer for an issue, learnt from the answer', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await t.call('invoices.create', {
      customerId,
      lines: [{ description: 'Design', quantity: '1', unitPrice: '40.00' }],
      requestId: rid(),
    });
    const created = staleAfter['invoices.create']({ customerId, lines: [], requestId: 'x' }, draft);
    expect(created).toEqual({ customerIds: [customerId], invoiceIds: [draft.id] });
    const input = { invoiceId: draft.id, requestId: rid() };
    const issued = await t.call('invoices.issue', input);
    expect(staleAfter['invoices.issue'](input, issued)).toEqual({
      customerIds: [customerId],
      invoiceIds: [draft.id],
    });
  });

  it('names the invoice a credit application settles and the customer read from it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await t.call('invoices.create', {
      customerId,
      lines: [{ description: 'Design', quantity: '1', unitPrice: '40.00' }],
      requestId: rid(),
    });
    await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid() });
    await topUp(t, customerId, '15.00');
    const input = { invoiceId: draft.id, requestId: rid() };
    const applied = await t.call('balance.applyToInvoice', input);
    expect(staleAfter['balance.applyToInvoice'](input, applied)).toEqual({
      customerIds: [customerId],
      invoiceIds: [draft.id],
    });
  });

  it('makes everything stale after the scheduled pass and a settings change', async () => {
    const t = givenBackend();
    const counts = await t.call('jobs.runDue', {});
    expect(staleAfter['jobs.runDue']({}, counts)).toBe('everything');
    const input = { businessName: 'Studio Nord', requestId: rid() };
    const settings = await t.call('settings.update', input);
    expect(staleAfter['settings.update'](input, settings)).toBe('everything');
  });

  it('names no customer or invoice when a user is added (only the lists go stale)', async () => {
    const t = givenBackend();
    const input = { name: 'Ana Ortega', role: 'viewer' as const, requestId: rid() };
    const user = await t.call('users.create', input);
    expect(staleAfter['users.create'](input, user)).toEqual({ customerIds: [], invoiceIds: [] });
  });
});
