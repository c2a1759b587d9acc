/**
 * Proves the business identity in Settings (SPEC 11) and the net line through the engine: a logo
 * is kept by its SHA-256 and printed, a logo that is not an image and a template with an unknown
 * placeholder are refused on their field with nothing changed, the settings' audit events name
 * the logo by hash and still verify; the statement's net line counts debt and open invoices once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const PNG = fs.readFileSync('resources/icons/128x128.png');
const MAY = { from: '2026-05-01', to: '2026-05-31' };

describe('identity settings', () => {
  it('keeps the logo by its hash, gives it back, and the audit log names only the hash', async () => {
    const t = givenBackend({ start: '2026-05-01T07:30:00Z' });
    const saved = await t.call('settings.update', {
      logo: { base64: PNG.toString('base64') },
      taxId: 'BE0123.456.789',
      bankDetails: 'IBAN BE71 0961 2345 6769',
      requestId: rid(),
    });
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    expect(saved).toMatchObject({ logoSha256: sha256, taxId: 'BE0123.456.789' });
    expect(saved.logo?.base64).toBe(PNG.toString('base64'));
    const events = await t.call('audit.list', { entityType: 'settings' });
    expect(JSON.stringify(events.items[0]?.after)).not.toContain(
      PNG.toString('base64').slice(0, 40),
    );
    expect((await t.call('audit.verify', {})).problems).toEqual([]);
    const removed = await t.call('settings.update', { logo: null, requestId: rid() });
    expect(removed).toMatchObject({ logoSha256: null, logo: null });
  });

  it('refuses a logo that is not an image and a template with an unknown placeholder', async () => {
    const t = givenBackend();
    const before = await t.call('settings.get', {});
    const notImage = await t.fail('settings.update', {
      logo: { base64: Buffer.from('GIF89a not ours').toString('base64') },
      requestId: rid(),
    });
    expect(notImage).toMatchObject({ code: 'VALIDATION', field: 'logo.base64' });
    const typo = await t.fail('settings.update', {
      emailSubjectTemplate: 'Statement for {custmerName}',
      requestId: rid(),
    });
    expect(typo).toMatchObject({ code: 'VALIDATION', field: 'emailSubjectTemplate' });
    expect(await t.call('settings.get', {})).toEqual(before);
  });
});

describe('the identity on the PDFs', () => {
  it('prints tax id, bank details, the balance after the invoice and the time in the zone', async () => {
    const folder = path.dirname(tempDbPath());
    const t = givenBackend({ start: '2026-05-02T08:00:00Z', timeZone: 'Europe/Brussels' });
    await t.call('settings.update', {
      businessName: 'Studio North',
      logo: { base64: PNG.toString('base64') },
      taxId: 'BE0123456789',
      bankDetails: 'IBAN BE71 0961 2345 6769',
      requestId: rid(),
    });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '30.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const written = await t.call('invoices.exportPdf', {
      invoiceId: invoice.id,
      path: path.join(folder, 'invoice.pdf'),
    });
    const text = pdfText(written.path).replace(/\s+/g, ' ');
    expect(text).toContain('Tax ID BE0123456789');
    expect(text).toContain('IBAN BE71 0961 2345 6769');
    expect(text).toContain('Your balance with us after this invoice');
    expect(text).toContain('Generated 2026-05-02 10:00 Europe/Brussels');
    const statement = await t.call('statements.exportPdf', {
      customerId,
      ...MAY,
      path: path.join(folder, 'statement.pdf'),
    });
    const printed = pdfText(statement.path).replace(/\s+/g, ' ');
    expect(printed).toContain('Amount to pay USD 70.00');
    expect(printed).toContain('Tax ID BE0123456789');
    expect(printed).toContain('a negative balance is an amount you owe');
  });
});

describe('money received on the statement', () => {
  it('lists payments and top-ups made straight on the balance, not promotional credit', async () => {
    const folder = path.dirname(tempDbPath());
    const t = givenBackend({ start: '2026-05-02T08:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '30.00', { reason: 'Retainer May' });
    await topUp(t, customerId, '5.00', { kind: 'promotional', reason: 'Welcome gift' });
    await t.call('payments.record', {
      customerId,
      amount: '70.00',
      method: 'bank_transfer',
      reference: 'SEPA 77',
      receivedOn: '2026-05-02',
      requestId: rid(),
    });
    const written = await t.call('statements.exportPdf', {
      customerId,
      ...MAY,
      path: path.join(folder, 'received.pdf'),
    });
    const text = pdfText(written.path).replace(/\s+/g, ' ');
    const received = text.slice(text.indexOf('Money received in the period'));
    expect(received).toContain('Top-up Retainer May 30.00');
    expect(received).toContain('Bank transfer SEPA 77 70.00');
    const table = received.slice(0, received.indexOf('Open receivables'));
    expect(table).not.toContain('Welcome gift');
    expect(
      table.match(/70\.00/g),
      'a payment is listed once, not again as its top-up',
    ).toHaveLength(1);
  });
});

describe('the net line on a statement', () => {
  it('says credit available when credit outruns open invoices', async () => {
    const t = givenBackend({ start: '2026-05-02T08:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '300.00');
    await givenIssuedInvoice(t, customerId, '100.00');
    const statement = await t.call('statements.get', { customerId, ...MAY });
    expect(statement.netLine).toMatchObject({ kind: 'credit', amount: '200.00' });
  });

  it('counts debt on the balance and an open invoice once each: the amount to pay', async () => {
    const t = givenBackend({ start: '2026-05-02T08:00:00Z' });
    const customerId = await givenCustomer(t);
    await t.call('customers.setBillingMode', {
      customerId,
      mode: 'credit_limit',
      creditLimit: '500.00',
      reason: 'Agreed terms',
      requestId: rid(),
    });
    await t.call('balance.charge', {
      customerId,
      amount: '200.00',
      description: 'Work',
      requestId: rid(),
    });
    await givenIssuedInvoice(t, customerId, '50.00');
    const statement = await t.call('statements.get', { customerId, ...MAY });
    expect(statement.closingBalance).toBe('-200.00');
    expect(statement.netLine).toMatchObject({
      kind: 'pay',
      amount: '250.00',
      parts: { balanceDebt: '200.00', invoicesDue: '50.00' },
    });
  });
});
