/**
 * Proves `statements.verify` (SPEC 11): the exported file is `sent` (to whom, when, by whom), a
 * copy with changed bytes is `altered`, a PDF without our code is `unknown`, a cut tail of the
 * audit chain is reported even for a file that was sent, and a file that is not a PDF, is empty
 * or is 50 MB is refused on `path` with nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, givenIssuedInvoice, topUp } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

async function givenSent() {
  const dbPath = tempDbPath();
  const folder = path.dirname(dbPath);
  const t = givenBackend({ dbPath, start: '2026-04-01T08:00:00Z' });
  const customerId = await givenCustomer(t, { name: 'Boreal', email: 'ap@boreal.test' });
  await topUp(t, customerId, '120.00');
  const exported = await t.call('statements.exportPdf', {
    customerId,
    from: '2026-04-01',
    to: '2026-04-30',
    path: path.join(folder, 'april.pdf'),
  });
  return { t, dbPath, folder, customerId, exported };
}

function copyWith(folder: string, name: string, bytes: Buffer): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, bytes);
  return target;
}

async function auditCount(t: Awaited<ReturnType<typeof givenSent>>['t']): Promise<number> {
  return (await t.call('audit.list', { limit: 200 })).items.length;
}

describe('statements.verify', () => {
  it('answers sent for the file as exported, with to whom, when and by whom', async () => {
    const { t, folder, exported } = await givenSent();
    await t.call('statements.draft', {
      snapshotId: exported.snapshotId,
      path: path.join(folder, 'april.eml'),
    });
    const answer = await t.call('statements.verify', { path: exported.path });
    expect(answer).toMatchObject({
      verdict: 'sent',
      code: exported.code,
      chain: 'present',
      problems: [],
      snapshot: {
        id: exported.snapshotId,
        customerName: 'Boreal',
        madeBy: 'admin',
        sentTo: 'ap@boreal.test',
      },
    });
  });

  it('answers altered for a copy whose bytes changed but still carries our code', async () => {
    const { t, folder, exported } = await givenSent();
    const bytes = fs.readFileSync(exported.path);
    const edited = Buffer.from(
      bytes.toString('latin1').replace('/Producer', '/Producex'),
      'latin1',
    );
    expect(edited.equals(bytes)).toBe(false);
    const answer = await t.call('statements.verify', {
      path: copyWith(folder, 'edited.pdf', edited),
    });
    expect(answer).toMatchObject({ verdict: 'altered', snapshot: { id: exported.snapshotId } });
  });

  it('answers unknown for a PDF without a code of ours (an invoice)', async () => {
    const { t, folder, customerId } = await givenSent();
    const invoice = await givenIssuedInvoice(t, customerId, '10.00');
    const written = await t.call('invoices.exportPdf', {
      invoiceId: invoice.id,
      path: path.join(folder, 'invoice.pdf'),
    });
    const answer = await t.call('statements.verify', { path: written.path });
    expect(answer).toMatchObject({ verdict: 'unknown', snapshot: null, code: null });
  });

  it('reports a cut tail of the audit chain, even for a statement that was sent', async () => {
    const { t, dbPath, exported } = await givenSent();
    const head = exported.auditHead;
    expect(head).not.toBeNull();
    const sqlite = new Database(dbPath);
    sqlite.exec('DROP TRIGGER audit_events_no_delete');
    sqlite.prepare('DELETE FROM audit_events WHERE seq >= ?').run(head?.seq ?? 0);
    sqlite.close();
    const answer = await t.call('statements.verify', { path: exported.path });
    expect(answer.verdict).toBe('sent');
    expect(answer.chain).toBe('missing');
    expect(answer.problems).toHaveLength(1);
  });

  it('refuses a file that is not a PDF, is empty or is 50 MB, on path, writing nothing', async () => {
    const { t, folder } = await givenSent();
    const before = await auditCount(t);
    const notPdf = copyWith(folder, 'note.pdf', Buffer.from('hello, not a pdf'));
    const empty = copyWith(folder, 'empty.pdf', Buffer.alloc(0));
    const huge = path.join(folder, 'huge.pdf');
    fs.writeFileSync(huge, '%PDF-1.7\n');
    fs.truncateSync(huge, 50 * 1024 * 1024);
    for (const file of [notPdf, empty, huge]) {
      expect(await t.fail('statements.verify', { path: file }), file).toMatchObject({
        code: 'VALIDATION',
        field: 'path',
      });
    }
    const missing = await t.fail('statements.verify', { path: path.join(folder, 'nope.pdf') });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'path' });
    expect(await t.fail('statements.verify', { path: 'relative.pdf' })).toMatchObject({
      code: 'VALIDATION',
      field: 'path',
    });
    expect(await auditCount(t)).toBe(before);
    expect(await t.call('statements.snapshots', { customerId: await givenCustomer(t) })).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
