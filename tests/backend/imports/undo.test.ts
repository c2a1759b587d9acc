/**
 * Proves `imports.undo` takes a batch back by reversing entries, never deleting them: lots and
 * debt reversed exactly, invoices voided, created customers archived and updated ones put back;
 * refused, naming what spent it, once the batch's credit is spent; audited; and the same file
 * imported again after an undo gives the same book.
 */
import { describe, expect, it } from 'vitest';
import { charge, givenBackend } from '../../support/backend.ts';
import {
  commit,
  CUSTOMERS,
  givenCsv,
  givenCustomersImported,
  LOTS,
  undo,
  verified,
} from './given.ts';

describe('imports.undo', () => {
  it('reverses each opening lot from its own lot, keeping every entry', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    await t.call('balance.topUp', {
      customerId: acme,
      amount: '7.00',
      kind: 'paid',
      requestId: 'own',
    });
    const batch = await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
    const undone = await undo(t, batch.id, 'Wrong opening date');
    expect(undone).toMatchObject({
      id: batch.id,
      undoneBy: 'admin',
      undoReason: 'Wrong opening date',
    });
    expect(undone.undoneAt).not.toBeNull();
    const balance = await t.call('balance.get', { customerId: acme });
    expect(balance.balance).toBe('7.00');
    expect(balance.grants.map((grant) => grant.original)).toEqual(['7.00']);
    const history = await t.call('balance.history', { customerId: acme });
    expect(history.items.map((entry) => entry.amount)).toEqual([
      '-100.00',
      '-20.00',
      '20.00',
      '100.00',
      '7.00',
    ]);
    const [event] = (await t.call('audit.list', { limit: 1 })).items;
    expect(event).toMatchObject({ action: 'imports.undo', entityId: batch.id });
    expect(await verified(t)).toEqual([]);
  });

  it('is refused, naming the entry that spent the credit, once any of it is spent', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const batch = await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
    await charge(t, acme, '5.00');
    const error = await t.fail('imports.undo', { batchId: batch.id, reason: 'x', requestId: 'u1' });
    expect({ code: error.code, field: error.field }).toEqual({
      code: 'CONFLICT',
      field: 'batchId',
    });
    const [spentBy] = (await t.call('balance.history', { customerId: acme })).items;
    expect(error.message).toContain(`entry ${spentBy?.id}`);
    expect((await t.call('imports.list', {}))[0]?.undoneAt).toBeNull();
  });

  it('is refused when an opening lot went to pay a debt', async () => {
    const t = givenBackend();
    await givenCustomersImported(t);
    const debt = givenCsv(
      'debt.csv',
      'customer_external_id,currency,amount,opened_on',
      'C-1,USD,30.00,2026-01-15',
    );
    await commit(t, { path: debt, kind: 'opening_debt' });
    const lots = await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
    const error = await t.fail('imports.undo', { batchId: lots.id, reason: 'x', requestId: 'u' });
    expect({ code: error.code, field: error.field }).toEqual({
      code: 'CONFLICT',
      field: 'batchId',
    });
    expect(error.message).toContain('went to pay a debt');
  });

  it('reverses an opening debt by a credit', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv(
      'debt.csv',
      'customer_external_id,currency,amount,opened_on',
      'C-1,USD,30.00,2026-01-15',
    );
    const batch = await commit(t, { path, kind: 'opening_debt' });
    await undo(t, batch.id);
    expect((await t.call('balance.get', { customerId: acme })).balance).toBe('0.00');
    expect(await verified(t)).toEqual([]);
  });

  it('voids imported invoices, and refuses once one has been paid', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const header = 'customer_external_id,currency,number,issued_on,due_on,amount_due';
    const first = await commit(t, {
      path: givenCsv('a.csv', header, 'C-1,USD,OLD-1,2026-01-10,2026-02-09,250.00'),
      kind: 'open_invoices',
    });
    await undo(t, first.id);
    const [voided] = (await t.call('invoices.list', { customerId: acme })).items;
    expect(voided).toMatchObject({ number: 'OLD-1', status: 'void' });
    const second = await commit(t, {
      path: givenCsv('b.csv', header, 'C-1,USD,OLD-2,2026-01-10,2026-02-09,250.00'),
      kind: 'open_invoices',
    });
    const invoice = (await t.call('invoices.list', { customerId: acme, status: 'open' })).items[0];
    await t.call('payments.record', {
      customerId: acme,
      amount: '10.00',
      method: 'cash',
      receivedOn: '2026-03-01',
      invoiceId: invoice?.id ?? '',
      requestId: 'pay',
    });
    const error = await t.fail('imports.undo', { batchId: second.id, reason: 'x', requestId: 'u' });
    expect({ code: error.code, field: error.field }).toEqual({
      code: 'CONFLICT',
      field: 'batchId',
    });
    expect(error.message).toContain('OLD-2');
    expect(await verified(t)).toEqual([]);
  });

  it('archives created customers and puts updated ones back', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv(
      'c.csv',
      'external_id,name,currency,email',
      'C-1,Acme Ltd,USD,',
      'C-3,Cedar,USD,',
    );
    const batch = await commit(t, { path, kind: 'customers' });
    await undo(t, batch.id);
    expect((await t.call('customers.get', { customerId: acme })).name).toBe('Acme Studio');
    const names = (await t.call('customers.list', {})).items.map((item) => item.name).sort();
    expect(names).toEqual(['Acme Studio', 'Birch Ltd']);
    expect(await verified(t)).toEqual([]);
  });

  it('refuses a customers batch whose customer has money of its own since', async () => {
    const t = givenBackend();
    const batch = await commit(t, { path: givenCsv('c.csv', ...CUSTOMERS), kind: 'customers' });
    await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
    const error = await t.fail('imports.undo', { batchId: batch.id, reason: 'x', requestId: 'u' });
    expect({ code: error.code, field: error.field }).toEqual({
      code: 'CONFLICT',
      field: 'batchId',
    });
  });

  it('lets the same file be imported again after an undo, giving the same balances', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv('lots.csv', ...LOTS);
    const first = await commit(t, { path, kind: 'opening_lots' });
    const before = await t.call('balance.get', { customerId: acme });
    await undo(t, first.id);
    const again = await commit(t, { path, kind: 'opening_lots' });
    expect(again.id).not.toBe(first.id);
    const after = await t.call('balance.get', { customerId: acme });
    const lotsOf = (balance: typeof before) =>
      balance.grants.map(({ kind, remaining, expiresOn }) => ({ kind, remaining, expiresOn }));
    expect({ balance: after.balance, lots: lotsOf(after) }).toEqual({
      balance: before.balance,
      lots: lotsOf(before),
    });
    expect(await verified(t)).toEqual([]);
  });
});
