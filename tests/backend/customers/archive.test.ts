/**
 * Proves customers.archive and customers.unarchive: archived customers leave the list but keep
 * their history, archiving is refused while money or work is open (one row per error code, in
 * precedence order), nothing new is recorded for an archived customer, and every change is
 * audited.
 */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function archive(t: TestBackend, customerId: string, actorId?: string) {
  return t.call(
    'customers.archive',
    { customerId, reason: 'No longer a client', requestId: rid('archive') },
    actorId,
  );
}

async function names(t: TestBackend, includeArchived?: boolean) {
  const page = await t.call('customers.list', includeArchived ? { includeArchived } : {});
  return page.items.map((item) => item.name);
}

describe('customers.archive', () => {
  it('hides an archived customer from the list unless asked, and keeps its history', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { name: 'Gone Ltd' });
    await givenCustomer(t, { name: 'Stays Ltd' });
    await topUp(t, customerId, '10.00');
    await charge(t, customerId, '10.00');
    const archived = await archive(t, customerId);
    expect(archived.archivedAt).toBe('2026-03-01T09:00:00.000Z');
    expect(await names(t)).toEqual(['Stays Ltd']);
    expect(await names(t, true)).toEqual(['Gone Ltd', 'Stays Ltd']);
    const history = await t.call('balance.history', { customerId });
    expect(history.items).toHaveLength(2);
    expect(await t.call('customers.get', { customerId })).toMatchObject({
      archivedAt: '2026-03-01T09:00:00.000Z',
    });
  });

  it('brings a customer back with unarchive, and audits both with the reason', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { name: 'Back Again' });
    await archive(t, customerId);
    t.clock.advance({ days: 1 });
    const back = await t.call('customers.unarchive', { customerId, requestId: rid() });
    expect(back.archivedAt).toBeNull();
    expect(await names(t)).toEqual(['Back Again']);
    const audit = await t.call('audit.list', { entityId: customerId });
    const actions = audit.items.map((event) => [event.action, event.reason]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['customers.archive', 'No longer a client'],
        ['customers.unarchive', null],
      ]),
    );
  });

  it('refuses, in order: schema, role, reason, unknown customer, already archived', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const viewer = await t.call('users.create', { name: 'Vi', role: 'viewer', requestId: rid() });
    const rows: [string, unknown, string | undefined, { code: string; field?: string }][] = [
      [
        'no id',
        { reason: 'x', requestId: rid() },
        undefined,
        { code: 'VALIDATION', field: 'customerId' },
      ],
      ['viewer', { customerId, reason: 'x', requestId: rid() }, viewer.id, { code: 'FORBIDDEN' }],
      [
        'blank reason',
        { customerId, reason: ' ', requestId: rid() },
        undefined,
        { code: 'REASON_REQUIRED', field: 'reason' },
      ],
      [
        'unknown',
        { customerId: 'cus_x', reason: 'x', requestId: rid() },
        undefined,
        { code: 'NOT_FOUND', field: 'customerId' },
      ],
    ];
    for (const [label, input, actorId, expected] of rows) {
      expect(await t.fail('customers.archive', input, actorId), label).toMatchObject(expected);
    }
    await archive(t, customerId);
    const again = await t.fail('customers.archive', { customerId, reason: 'x', requestId: rid() });
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'customerId' });
    const back = await t.call('customers.unarchive', { customerId, requestId: rid() });
    expect(back.archivedAt).toBeNull();
    const notArchived = await t.fail('customers.unarchive', { customerId, requestId: rid() });
    expect(notArchived).toMatchObject({ code: 'CONFLICT', field: 'customerId' });
  });

  it('is refused while the balance is not zero, either way, and changes nothing', async () => {
    const t = givenBackend();
    const credit = await givenCustomer(t, { name: 'Credit' });
    await topUp(t, credit, '5.00');
    const debt = await givenCustomer(t, { name: 'Debt' });
    await t.call('customers.setBillingMode', {
      customerId: debt,
      mode: 'postpaid',
      reason: 'Terms',
      requestId: rid(),
    });
    await charge(t, debt, '5.00');
    for (const customerId of [credit, debt]) {
      const error = await t.fail('customers.archive', {
        customerId,
        reason: 'x',
        requestId: rid(),
      });
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'customerId' });
      expect(error.message).toMatch(/balance/);
    }
    expect(await names(t)).toEqual(['Credit', 'Debt']);
  });

  it('is refused while an invoice is open, time is unbilled or a recurring invoice is active', async () => {
    const t = givenBackend();
    const invoiced = await givenCustomer(t, { name: 'Invoiced' });
    await givenIssuedInvoice(t, invoiced, '20.00');
    const timed = await givenCustomer(t, { name: 'Timed', hourlyRate: '50.00' });
    await t.call('time.create', {
      customerId: timed,
      date: '2026-03-01',
      hours: '1',
      description: 'Call',
      requestId: rid(),
    });
    const recurring = await givenCustomer(t, { name: 'Recurring' });
    await t.call('schedules.create', {
      customerId: recurring,
      lines: [{ description: 'Hosting', quantity: '1', unitPrice: '9.00' }],
      interval: 'month',
      startDate: '2026-04-01',
      autoIssue: false,
      requestId: rid(),
    });
    for (const [customerId, pattern] of [
      [invoiced, /invoice .* open/i],
      [timed, /time/],
      [recurring, /recurring/],
    ] as const) {
      const error = await t.fail('customers.archive', {
        customerId,
        reason: 'x',
        requestId: rid(),
      });
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'customerId' });
      expect(error.message).toMatch(pattern);
    }
  });

  it('refuses new business with an archived customer until it is unarchived', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '50.00' });
    await archive(t, customerId);
    const line = [{ description: 'Work', quantity: '1', unitPrice: '9.00' }];
    const calls: [string, object][] = [
      ['balance.topUp', { amount: '10.00', kind: 'paid' }],
      ['balance.charge', { amount: '10.00', description: 'Work' }],
      ['balance.adjust', { amount: '1.00', direction: 'credit', reason: 'Fix' }],
      ['invoices.create', { lines: line }],
      ['time.create', { date: '2026-03-01', hours: '1', description: 'Call' }],
      [
        'schedules.create',
        { lines: line, interval: 'month', startDate: '2026-04-01', autoIssue: false },
      ],
      ['payments.record', { amount: '10.00', method: 'cash', receivedOn: '2026-03-01' }],
      ['balance.refund', { amount: '1.00', method: 'cash', reason: 'Left' }],
      ['customers.setBillingMode', { mode: 'postpaid', reason: 'Terms' }],
      ['customers.setReplenishment', { enabled: false }],
    ];
    for (const [channel, input] of calls) {
      const error = await t.fail(channel, { customerId, ...input, requestId: rid() });
      expect(error, channel).toMatchObject({ code: 'CONFLICT', field: 'customerId' });
    }
    await t.call('customers.unarchive', { customerId, requestId: rid() });
    expect(await topUp(t, customerId, '10.00')).toMatchObject({ balance: { balance: '10.00' } });
  });

  it('refuses to issue a draft left for an archived customer, naming the invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await givenDraft(t, customerId, '10.00');
    await archive(t, customerId);
    const error = await t.fail('invoices.issue', { invoiceId: draft.id, requestId: rid() });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'invoiceId' });
    const after = await t.call('invoices.get', { invoiceId: draft.id });
    expect(after.status).toBe('draft');
  });

  it('still lets the records of an archived customer be corrected (customers.update)', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await archive(t, customerId);
    const input = { customerId, address: '1 New Street', requestId: rid() };
    const updated = await t.call('customers.update', input);
    expect(updated.address).toBe('1 New Street');
    expect(updated.archivedAt).not.toBeNull();
  });
});
