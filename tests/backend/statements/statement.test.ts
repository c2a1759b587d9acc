/** Proves statements (SPEC 8): opening + entries = closing, invoices and payments in range, receivables aged as of the end. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

describe('statements.get', () => {
  it('reconciles opening, entries and closing, with invoices and payments in range', async () => {
    const t = givenBackend({ start: '2026-01-15T10:00:00Z', timeZone: 'Europe/Brussels' });
    const customerId = await givenCustomer(t, { name: 'Zoë Łódź', paymentTermsDays: 10 });
    await topUp(t, customerId, '100.00');
    t.clock.set('2026-02-03T10:00:00Z');
    await t.call('balance.charge', {
      customerId,
      amount: '30.00',
      description: 'Design',
      requestId: rid(),
    });
    const invoice = await givenIssuedInvoice(t, customerId, '200.00');
    t.clock.set('2026-02-10T10:00:00Z');
    await t.call('payments.record', {
      customerId,
      invoiceId: invoice.id,
      amount: '50.00',
      method: 'bank_transfer',
      receivedOn: '2026-02-10',
      requestId: rid(),
    });
    t.clock.set('2026-03-05T10:00:00Z');
    await topUp(t, customerId, '25.00');
    const statement = await t.call('statements.get', {
      customerId,
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(statement).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
      currency: 'USD',
      openingBalance: '100.00',
      closingBalance: '0.00',
      totalCredits: '0.00',
      totalDebits: '-100.00',
      generatedAt: '2026-03-05T10:00:00.000Z',
    });
    expect(statement.customer.name).toBe('Zoë Łódź');
    expect(
      statement.entries.map((entry) => [
        entry.date,
        entry.type,
        entry.amount,
        entry.runningBalance,
        entry.invoiceNumber,
      ]),
    ).toEqual([
      ['2026-02-03', 'charge', '-30.00', '70.00', null],
      ['2026-02-03', 'applied_to_invoice', '-70.00', '0.00', invoice.number],
    ]);
    expect(
      statement.invoices.map((item) => [
        item.number,
        item.total,
        item.creditApplied,
        item.amountPaid,
        item.amountDue,
      ]),
    ).toEqual([[invoice.number, '200.00', '70.00', '50.00', '80.00']]);
    expect(statement.payments.map((payment) => payment.amount)).toEqual(['50.00']);
    // Due 13 February; at the end of 28 February it is 15 days past due.
    expect(statement.openReceivables).toMatchObject([
      { number: invoice.number, amountDue: '80.00', daysPastDue: 15, bucket: 'd1_30' },
    ]);
    expect(statement.ageing).toEqual({
      current: '0.00',
      d1_30: '80.00',
      d31_60: '0.00',
      d61_90: '0.00',
      over90: '0.00',
    });
  });

  it('shows receivables as they stood at the end of the range, not as they are now', async () => {
    const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 0 });
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    t.clock.set('2026-06-01T10:00:00Z');
    await t.call('payments.record', {
      customerId,
      invoiceId: invoice.id,
      amount: '100.00',
      method: 'card',
      receivedOn: '2026-06-01',
      requestId: rid(),
    });
    const march = await t.call('statements.get', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(march.ageing.d61_90).toBe('100.00');
    const april = await t.call('statements.get', {
      customerId,
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(april.ageing.over90).toBe('100.00');
    const june = await t.call('statements.get', {
      customerId,
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(june.openReceivables).toEqual([]);
  });

  it('counts credit applied to each invoice only from the moment it was applied', async () => {
    const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 0 });
    const first = await givenIssuedInvoice(t, customerId, '100.00');
    const second = await givenIssuedInvoice(t, customerId, '50.00');
    t.clock.set('2026-03-10T10:00:00Z');
    await topUp(t, customerId, '130.00');
    await t.call('balance.applyToInvoice', { invoiceId: first.id, requestId: rid() });
    await t.call('balance.applyToInvoice', { invoiceId: second.id, requestId: rid() });
    const due = async (to: string) =>
      (await t.call('statements.get', { customerId, from: '2026-01-01', to })).openReceivables.map(
        (item) => [item.number, item.amountDue],
      );
    expect(await due('2026-02-28')).toEqual([
      [first.number, '100.00'],
      [second.number, '50.00'],
    ]);
    expect(await due('2026-03-31')).toEqual([[second.number, '20.00']]);
  });

  it('refuses a range that runs backwards and an unknown customer', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    expect(
      await t.fail('statements.get', { customerId, from: '2026-03-02', to: '2026-03-01' }),
    ).toMatchObject({
      code: 'VALIDATION',
      field: 'from',
    });
    expect(
      (
        await t.fail('statements.get', {
          customerId: 'cus_x',
          from: '2026-03-01',
          to: '2026-03-01',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('statements.exportCsv', () => {
  it('writes UTF-8 CSV with a header, one row per entry, and formula-safe text', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t, { name: 'Ørsted Straße' });
    await topUp(t, customerId, '100.00', { reason: '=HYPERLINK("http://x")' });
    await t.call('balance.charge', {
      customerId,
      amount: '40.00',
      description: 'Design, "final"',
      requestId: rid(),
    });
    const target = path.join(path.dirname(dbPath), 'statement.csv');
    const result = await t.call('statements.exportCsv', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    expect(result).toMatchObject({ path: target, rows: 2 });
    const text = fs.readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFFdate,recorded_at,seq,type')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3 + 5);
    expect(lines.slice(3)).toEqual([
      '2026-03-01,,,summary,Opening balance,,,0.00,,USD,',
      '2026-03-31,,,summary,Credits in the period,,,100.00,,USD,',
      '2026-03-31,,,summary,Debits in the period,,,-40.00,,USD,',
      '2026-03-31,,,summary,Closing balance,,,60.00,,USD,',
      '2026-03-31,,,summary,Credit available,,,60.00,,USD,',
    ]);
    expect(lines[1]).toContain(
      `,top_up,Top-up,"'=HYPERLINK(""http://x"")",,100.00,100.00,USD,admin`,
    );
    expect(lines[2]).toContain(',charge,"Design, ""final""",,,-40.00,60.00,USD,admin');
    const events = await t.call('audit.list', { entityType: 'customer', entityId: customerId });
    expect(events.items[0]).toMatchObject({
      action: 'statements.exportCsv',
      after: { path: target, rows: 2 },
    });
  });

  it('names people in the CSV by their name, not their id', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    await t.call('users.update', { userId: 'admin', name: 'Ana Pereira', requestId: rid() });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    const target = path.join(path.dirname(dbPath), 'named.csv');
    await t.call('statements.exportCsv', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
    });
    const entry = fs.readFileSync(target, 'utf8').split('\r\n')[1] ?? '';
    expect(entry.endsWith(',USD,Ana Pereira')).toBe(true);
  });

  it('gives a typed error and leaves no file for a folder that does not exist', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    const folder = path.join(path.dirname(dbPath), 'missing');
    const error = await t.fail('statements.exportCsv', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: path.join(folder, 'x.csv'),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'path' });
    expect(fs.existsSync(folder)).toBe(false);
    const relative = await t.fail('statements.exportCsv', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: 'x.csv',
    });
    expect(relative).toMatchObject({ code: 'VALIDATION', field: 'path' });
  });

  it('leaves no temporary file and keeps the target when the final rename fails', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    const folder = path.dirname(dbPath);
    // A folder where the file should go makes the rename fail, even for root (the person agreed
    // to replace it, or the export would be refused before the rename).
    const target = path.join(folder, 'statement.csv');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'kept');
    const before = fs.readdirSync(folder).sort();
    const error = await t.fail('statements.exportCsv', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
      overwrite: true,
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'path' });
    expect(fs.readdirSync(folder).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('kept');
    const events = await t.call('audit.list', { entityType: 'customer', entityId: customerId });
    expect(events.items.map((event) => event.action)).toEqual(['customers.create']);
  });
});
