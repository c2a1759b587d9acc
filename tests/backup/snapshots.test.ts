/**
 * Proves backups carry kept statements (SPEC 11): the snapshot rows and their bytes live in the
 * ledger file, so a backup opened as a book lists the snapshot and opens it byte-identical to the
 * statement first exported, and a copy of the exported PDF still verifies as sent against it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { backupNow } from '../../electron/backup/backup.ts';
import { TIME_ZONE, call, givenCustomerWithCredit, givenLedger } from './ledger.ts';

it('a backup holds every kept statement, byte for byte, and verifies what was sent', async () => {
  const ledger = givenLedger();
  const customerId = await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
  const exported = path.join(ledger.dataDir, 'march.pdf');
  const written = (await call(ledger.backend, 'statements.exportPdf', {
    customerId,
    from: '2026-03-01',
    to: '2026-03-31',
    path: exported,
  })) as { snapshotId: string };
  const backup = await backupNow({ ...ledger, timeZone: TIME_ZONE, now: ledger.clock.now });
  ledger.backend.close();
  const copy = createBackend({ dbPath: backup, now: ledger.clock.now, timeZone: TIME_ZONE });
  const list = (await call(copy, 'statements.snapshots', { customerId })) as {
    items: { id: string }[];
  };
  expect(list.items.map((item) => item.id)).toEqual([written.snapshotId]);
  const opened = path.join(ledger.dataDir, 'opened.pdf');
  await call(copy, 'statements.openSnapshot', { snapshotId: written.snapshotId, path: opened });
  expect(fs.readFileSync(opened).equals(fs.readFileSync(exported))).toBe(true);
  expect(await call(copy, 'statements.verify', { path: exported })).toMatchObject({
    verdict: 'sent',
    chain: 'present',
  });
  copy.close();
});
