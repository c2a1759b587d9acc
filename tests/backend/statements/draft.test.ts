/**
 * Proves `statements.draft` (SPEC 11): the .eml, read back with a real MIME parser (postal-mime),
 * goes to the customer's address with the subject and body from the Settings templates and the
 * snapshot's PDF attached byte for byte; it records "sent"; a customer without an email gets a
 * draft without a recipient and is told so.
 */
import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, givenIssuedInvoice, rid } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

async function givenSnapshot(email: string) {
  const folder = path.dirname(tempDbPath());
  const t = givenBackend({ start: '2026-05-01T07:30:00Z' });
  await t.call('settings.update', {
    businessName: 'Studio North',
    emailSubjectTemplate: 'Your statement for {period}',
    emailBodyTemplate: 'Hello {customerName},\n{netLine}\nCode {code}',
    requestId: rid(),
  });
  const customerId = await givenCustomer(t, { name: 'Café Zoë', email });
  await givenIssuedInvoice(t, customerId, '250.00');
  const exported = await t.call('statements.exportPdf', {
    customerId,
    from: '2026-05-01',
    to: '2026-05-31',
    path: path.join(folder, 'may.pdf'),
  });
  return { t, folder, customerId, exported };
}

describe('statements.draft', () => {
  it('writes an .eml to the customer with the PDF attached byte for byte, and records sent', async () => {
    const { t, folder, customerId, exported } = await givenSnapshot('ap@cafe.test');
    const target = path.join(folder, 'may.eml');
    const draft = await t.call('statements.draft', {
      snapshotId: exported.snapshotId,
      path: target,
    });
    expect(draft).toMatchObject({ recipient: 'ap@cafe.test', notice: null, customerId });
    const mail = await PostalMime.parse(fs.readFileSync(target));
    expect(mail.to?.map((to) => to.address)).toEqual(['ap@cafe.test']);
    expect(mail.subject).toBe('Your statement for 1 May 2026 to 31 May 2026');
    expect(mail.text).toContain('Hello Café Zoë,');
    expect(mail.text).toContain('Amount to pay USD 250.00');
    expect(mail.text).toContain(`Code ${exported.code}`);
    expect(mail.attachments).toHaveLength(1);
    const attached = Buffer.from(mail.attachments[0]?.content as ArrayBuffer);
    expect(attached.equals(fs.readFileSync(exported.path))).toBe(true);
    expect(mail.attachments[0]?.mimeType).toBe('application/pdf');
    const [kept] = (await t.call('statements.snapshots', { customerId })).items;
    expect(kept).toMatchObject({ sentAt: '2026-05-01T07:30:00.000Z', sentTo: 'ap@cafe.test' });
  });

  it('makes a draft without a recipient for a customer without an email, and says so', async () => {
    const { t, folder, customerId, exported } = await givenSnapshot('');
    const target = path.join(folder, 'may.eml');
    const draft = await t.call('statements.draft', {
      snapshotId: exported.snapshotId,
      path: target,
    });
    expect(draft.recipient).toBeNull();
    expect(draft.notice).toMatch(/no email address/);
    const mail = await PostalMime.parse(fs.readFileSync(target));
    expect(mail.to ?? []).toEqual([]);
    const [kept] = (await t.call('statements.snapshots', { customerId })).items;
    expect(kept).toMatchObject({ sentAt: '2026-05-01T07:30:00.000Z', sentTo: null });
  });

  it('refuses a snapshot that is not there and never replaces a file unasked', async () => {
    const { t, folder, exported } = await givenSnapshot('ap@cafe.test');
    const target = path.join(folder, 'taken.eml');
    fs.writeFileSync(target, 'mine');
    const taken = await t.fail('statements.draft', {
      snapshotId: exported.snapshotId,
      path: target,
    });
    expect(taken.field).toBe('path');
    expect(fs.readFileSync(target, 'utf8')).toBe('mine');
    const missing = await t.fail('statements.draft', { snapshotId: 'stmt_x', path: target });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'snapshotId' });
  });
});
