/**
 * Proves `imports.commit` writes each kind as the book's own records (customers with their
 * external id, opening lots as `opening_balance` entries making lots of the row's kind and
 * expiry, debt as a negative entry, open invoices with their own number and dates), in one batch
 * that audit.verify accepts, and that a refused row, the same file and the same request change
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { givenBackend, rid } from '../../support/backend.ts';
import { commit, CUSTOMERS, givenCsv, givenCustomersImported, LOTS, verified } from './given.ts';

describe('imports.commit', () => {
  it('creates the customers of a file, with their external ids, as one batch', async () => {
    const t = givenBackend();
    const path = givenCsv('customers.csv', ...CUSTOMERS);
    const batch = await commit(t, { path, kind: 'customers' });
    expect(batch).toMatchObject({ kind: 'customers', fileName: 'customers.csv', rowCount: 2 });
    expect(batch.isNew).toBe(true);
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    const list = await t.call('customers.list', {});
    expect(list.items.map((item) => item.name).sort()).toEqual(['Acme Studio', 'Birch Ltd']);
    expect(await verified(t)).toEqual([]);
  });

  it('updates a customer matched by external id instead of creating another', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv('again.csv', 'external_id,name,currency,email', 'C-1,Acme Ltd,USD,');
    const batch = await commit(t, { path, kind: 'customers' });
    expect(batch.rowCount).toBe(1);
    expect((await t.call('customers.get', { customerId: acme })).name).toBe('Acme Ltd');
    expect((await t.call('customers.list', {})).items).toHaveLength(2);
    expect(await verified(t)).toEqual([]);
  });

  it('writes opening lots as opening_balance entries making lots of their kind and expiry', async () => {
    const t = givenBackend();
    const [acme, birch] = await givenCustomersImported(t);
    const batch = await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
    expect(batch.totals).toEqual([
      { currency: 'USD', rows: 3, balance: '170.00', invoicesDue: '0.00' },
    ]);
    const balance = await t.call('balance.get', { customerId: acme });
    expect(balance.balance).toBe('120.00');
    const lots = balance.grants.map(({ kind, original, remaining, expiresOn }) => ({
      kind,
      original,
      remaining,
      expiresOn,
    }));
    expect(lots).toEqual(
      expect.arrayContaining([
        { kind: 'paid', original: '100.00', remaining: '100.00', expiresOn: null },
        { kind: 'promotional', original: '20.00', remaining: '20.00', expiresOn: '2026-06-30' },
      ]),
    );
    const history = await t.call('balance.history', { customerId: acme });
    expect(history.items.map((entry) => entry.type)).toEqual([
      'opening_balance',
      'opening_balance',
    ]);
    expect(history.items[0]?.description).toContain('as of 2026-01-01');
    expect(history.items[0]?.description).toContain('lots.csv, row 3');
    expect(history.items[0]?.actorId).toBe('admin');
    expect((await t.call('balance.get', { customerId: birch })).balance).toBe('50.00');
    expect(await verified(t)).toEqual([]);
  });

  it('writes an opening debt as a negative opening_balance entry', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv(
      'debt.csv',
      'customer_external_id,currency,amount,opened_on',
      'C-1,USD,30.00,2026-01-15',
    );
    const batch = await commit(t, { path, kind: 'opening_debt' });
    expect(batch.totals[0]?.balance).toBe('-30.00');
    const history = await t.call('balance.history', { customerId: acme });
    expect(history.items[0]).toMatchObject({ type: 'opening_balance', amount: '-30.00' });
    expect((await t.call('balance.get', { customerId: acme })).balance).toBe('-30.00');
    expect(await verified(t)).toEqual([]);
  });

  it('writes past balance history as opening_balance entries of either sign, in file order', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv(
      'history.csv',
      'customer_external_id,currency,occurred_on,amount,description',
      'C-1,USD,2025-10-01,200.00,Prepayment',
      'C-1,USD,2025-11-30,-75.00,November work',
    );
    const batch = await commit(t, { path, kind: 'balance_history' });
    expect(batch.totals[0]?.balance).toBe('125.00');
    const history = await t.call('balance.history', { customerId: acme });
    expect(history.items.map((entry) => [entry.type, entry.amount])).toEqual([
      ['opening_balance', '-75.00'],
      ['opening_balance', '200.00'],
    ]);
    expect(history.items[0]?.description).toContain('Past balance as of 2025-11-30: November work');
    expect(await verified(t)).toEqual([]);
  });

  it('issues open invoices with their own number and dates, past due from day one', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv(
      'invoices.csv',
      'customer_external_id,currency,number,issued_on,due_on,amount_due',
      'C-1,USD,OLD-17,2026-01-10,2026-02-09,250.00',
    );
    await commit(t, { path, kind: 'open_invoices' });
    const [invoice] = (await t.call('invoices.list', { customerId: acme })).items;
    expect(invoice).toMatchObject({
      number: 'OLD-17',
      status: 'open',
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amountDue: '250.00',
      creditApplied: '0.00',
      pastDue: true,
    });
    const next = await t.call('invoices.create', {
      customerId: acme,
      lines: [{ description: 'Work', quantity: '1', unitPrice: '5.00' }],
      requestId: rid(),
    });
    const issued = await t.call('invoices.issue', { invoiceId: next.id, requestId: rid() });
    expect(issued.number).toBe('INV-0001');
    expect(await verified(t)).toEqual([]);
  });

  it('refuses an invoice number the book already holds, on its row', async () => {
    const t = givenBackend();
    await givenCustomersImported(t);
    const header = 'customer_external_id,currency,number,issued_on,due_on,amount_due';
    await commit(t, {
      path: givenCsv('a.csv', header, 'C-1,USD,OLD-17,2026-01-10,2026-02-09,250.00'),
      kind: 'open_invoices',
    });
    const other = givenCsv('b.csv', header, 'C-2,USD,old-17,2026-01-11,2026-02-09,10.00');
    const preview = await t.call('imports.preview', {
      path: other,
      kind: 'open_invoices',
      mapping: {},
    });
    expect(preview.problems).toEqual([
      { row: 2, column: 'number', message: 'is already the number of an invoice in the book' },
    ]);
  });

  it('writes nothing while a row is refused, unless told to skip refused rows', async () => {
    const t = givenBackend();
    await givenCustomersImported(t);
    const path = givenCsv('lots.csv', ...LOTS, 'C-9,USD,5.00,paid,,2026-01-01');
    const before = await t.call('audit.list', { limit: 1 });
    const error = await t.fail('imports.commit', {
      path,
      kind: 'opening_lots',
      mapping: {},
      requestId: rid(),
    });
    expect({ code: error.code, field: error.field }).toEqual({
      code: 'VALIDATION',
      field: 'skipRefused',
    });
    expect(await t.call('audit.list', { limit: 1 })).toEqual(before);
    const batch = await commit(t, { path, kind: 'opening_lots' }, { skipRefused: true });
    expect({ rows: batch.rowCount, skipped: batch.skippedCount }).toEqual({ rows: 3, skipped: 1 });
  });

  it('returns the first batch for the same file again and writes nothing', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const path = givenCsv('lots.csv', ...LOTS);
    const first = await commit(t, { path, kind: 'opening_lots' });
    const again = await commit(t, { path, kind: 'opening_lots' });
    expect(again).toEqual({ ...first, isNew: false });
    expect((await t.call('balance.get', { customerId: acme })).balance).toBe('120.00');
    expect(await t.call('imports.list', {})).toHaveLength(2);
  });

  it('gives the first result for a repeated requestId and writes nothing', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const requestId = rid();
    const path = givenCsv('a.csv', ...LOTS);
    const first = await commit(t, { path, kind: 'opening_lots' }, { requestId });
    const again = await commit(t, { path, kind: 'opening_lots' }, { requestId });
    expect(again).toEqual(first);
    expect((await t.call('balance.get', { customerId: acme })).balance).toBe('120.00');
  });

  it('lets an accountant import and refuses a viewer', async () => {
    const t = givenBackend();
    const accountant = await t.call('users.create', {
      name: 'Ann',
      role: 'accountant',
      requestId: rid(),
    });
    const viewer = await t.call('users.create', { name: 'Vic', role: 'viewer', requestId: rid() });
    const path = givenCsv('customers.csv', ...CUSTOMERS);
    const input = { path, kind: 'customers', mapping: {}, requestId: rid() };
    expect((await t.fail('imports.commit', input, viewer.id)).code).toBe('FORBIDDEN');
    expect(
      (await t.fail('imports.preview', { path, kind: 'customers', mapping: {} }, viewer.id)).code,
    ).toBe('FORBIDDEN');
    const batch = await commit(t, { path, kind: 'customers' }, { actorId: accountant.id });
    expect(batch.importedBy).toBe(accountant.id);
  });
});
