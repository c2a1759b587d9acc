/**
 * Proves statements are kept as sent (SPEC 11): every PDF export keeps a snapshot that opens
 * byte-identical after later payments, renames and settings changes; the snapshot tables refuse
 * any change in the file itself; the list pages newest first; the audit chain covers each one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid, topUp } from '../../support/backend.ts';
import { pdfText } from '../../support/pdf.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

async function givenExported() {
  const dbPath = tempDbPath();
  const folder = path.dirname(dbPath);
  const t = givenBackend({ dbPath, start: '2026-03-02T10:00:00Z' });
  await t.call('settings.update', { businessName: 'Studio North', requestId: rid() });
  const customerId = await givenCustomer(t, { name: 'Acme Studio', email: 'pay@acme.test' });
  await topUp(t, customerId, '500.00');
  t.clock.set('2026-04-02T09:00:00Z');
  const exported = await t.call('statements.exportPdf', {
    customerId,
    ...MARCH,
    path: path.join(folder, 'march.pdf'),
  });
  return { t, dbPath, folder, customerId, exported };
}

describe('statement snapshots', () => {
  it('keeps every export and opens it byte-identical however the data changed since', async () => {
    const { t, folder, customerId, exported } = await givenExported();
    const sent = fs.readFileSync(exported.path);
    expect(exported.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(pdfText(exported.path)).toContain(`Verification code ${exported.code}`);
    await t.call('payments.record', {
      customerId,
      amount: '70.00',
      method: 'bank_transfer',
      receivedOn: '2026-03-20',
      requestId: rid(),
    });
    await t.call('customers.update', { customerId, name: 'Acme Renamed', requestId: rid() });
    await t.call('settings.update', { businessName: 'Studio South', requestId: rid() });
    const again = path.join(folder, 'march-again.pdf');
    const fresh = await t.call('statements.exportPdf', { customerId, ...MARCH, path: again });
    expect(fs.readFileSync(again).equals(sent)).toBe(false);
    expect(fresh.code).not.toBe(exported.code);
    const opened = path.join(folder, 'opened.pdf');
    await t.call('statements.openSnapshot', { snapshotId: exported.snapshotId, path: opened });
    expect(fs.readFileSync(opened).equals(sent)).toBe(true);
    const list = await t.call('statements.snapshots', { customerId });
    expect(list.items.map((item) => item.id)).toEqual([fresh.snapshotId, exported.snapshotId]);
    expect(list.items[1]).toMatchObject({
      customerName: 'Acme Studio',
      ...MARCH,
      madeAt: '2026-04-02T09:00:00.000Z',
      code: exported.code,
      bytes: sent.length,
      sentAt: null,
    });
    expect((await t.call('audit.verify', {})).problems).toEqual([]);
  });

  it('writes the snapshot into the audit chain with its hashes and code', async () => {
    const { t, customerId, exported } = await givenExported();
    const events = await t.call('audit.list', { entityType: 'customer', entityId: customerId });
    const logged = events.items.find((event) => event.action === 'statements.exportPdf');
    expect(logged?.after).toMatchObject({
      snapshotId: exported.snapshotId,
      code: exported.code,
      pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
  });

  it('refuses to change or delete a snapshot, or its bytes in the file itself', async () => {
    const { dbPath } = await givenExported();
    const sqlite = new Database(dbPath);
    try {
      for (const sql of [
        `UPDATE statement_snapshots SET customer_name = 'x'`,
        `DELETE FROM statement_snapshots`,
        `UPDATE statement_snapshot_files SET pdf = x'00'`,
        `DELETE FROM statement_snapshot_files`,
      ]) {
        expect(() => sqlite.exec(sql), sql).toThrow(/append-only/);
      }
    } finally {
      sqlite.close();
    }
  });

  it('pages the list newest first and names a snapshot that is not there', async () => {
    const { t, folder, customerId, exported } = await givenExported();
    const second = await t.call('statements.exportPdf', {
      customerId,
      ...MARCH,
      path: path.join(folder, 'second.pdf'),
    });
    const first = await t.call('statements.snapshots', { customerId, limit: 1 });
    expect(first.items.map((item) => item.id)).toEqual([second.snapshotId]);
    const rest = await t.call('statements.snapshots', {
      customerId,
      limit: 1,
      cursor: first.nextCursor ?? undefined,
    });
    expect(rest.items.map((item) => item.id)).toEqual([exported.snapshotId]);
    expect(rest.nextCursor).toBeNull();
    const missing = await t.fail('statements.openSnapshot', {
      snapshotId: 'stmt_nope',
      path: path.join(folder, 'x.pdf'),
    });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'snapshotId' });
    const unknownField = await t.fail('statements.snapshots', { customerId, extra: 1 });
    expect(unknownField).toMatchObject({ code: 'VALIDATION' });
  });
});
