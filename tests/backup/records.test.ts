/**
 * Proves the record beside each backup (`<backup>.json`, the head of the audit chain it holds):
 * it names the backup's newest audit event and keeps the file's checksum; restore refuses a backup
 * whose bytes changed since, and (for a record without a checksum) one a backup whose chain no longer holds
 * that event (cut) or holds another one there (rewritten), and one whose record cannot be read,
 * while an older backup with an intact record restores; and at start-up the daily backup warns
 * when the book lacks its newest backup's head, but not for an intact book nor after a restore.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupNow } from '../../electron/backup/backup.ts';
import { dailyBackup } from '../../electron/backup/daily.ts';
import { metadataPath, readMetadata } from '../../electron/backup/metadata.ts';
import { restoreBackup } from '../../electron/backup/restore.ts';
import {
  TIME_ZONE,
  givenCustomerWithCredit,
  givenLedger,
  restoreOptions,
  restoreRefusal,
  type Ledger,
} from './ledger.ts';

function newestEvent(file: string): { seq: number; hash: string } {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
  } finally {
    db.close();
  }
}

/** A record as written before backups kept their checksum: only the chain's head compares. */
function withoutChecksum(backup: string): void {
  const record = JSON.parse(fs.readFileSync(metadataPath(backup), 'utf8')) as object;
  fs.writeFileSync(metadataPath(backup), JSON.stringify({ ...record, sha256: undefined }));
}

/** Lets a test change audit events the way someone editing the file by hand could. */
function withoutAppendOnlyTriggers(file: string, change: (db: Database.Database) => void): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    const triggers = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`)
      .all('audit_events') as { name: string }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
    change(db);
  } finally {
    db.close();
  }
}

async function backUp(ledger: Ledger): Promise<string> {
  return backupNow({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
}

describe("a backup's record", () => {
  it('names the newest audit event the backup holds, not later ones', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const backup = await backUp(ledger);
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    const read = readMetadata(backup);
    expect(read).toEqual({
      kind: 'read',
      metadata: {
        format: 'balancebook-backup/1',
        madeAt: '2026-03-01T09:00:00.000Z',
        chainHead: newestEvent(backup),
        sha256: createHash('sha256').update(fs.readFileSync(backup)).digest('hex'),
      },
    });
    expect(newestEvent(backup).seq).toBeGreaterThan(1);
    expect(newestEvent(ledger.dbPath).seq).toBeGreaterThan(newestEvent(backup).seq);
    ledger.backend.close();
  });
});

describe('restore against the record', () => {
  it('restores an older backup whose chain holds its recorded head', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const older = await backUp(ledger);
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    await backUp(ledger);
    const restored = await restoreBackup(restoreOptions(ledger, older).options);
    expect(restored.ok ? null : restored.error).toBeNull();
    ledger.backend.close();
  });

  it('refuses a backup cut short since it was made', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const older = await backUp(ledger);
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    const newer = await backUp(ledger);
    // The newer backup's file replaced by the older one: its record stays.
    fs.copyFileSync(older, newer);
    withoutChecksum(newer);
    const { seq } = newestEvent(ledger.dbPath);
    expect(await restoreRefusal(ledger, newer)).toMatch(
      new RegExp(`ends at event #${seq}, but the file no longer holds that event`),
    );
    ledger.backend.close();
  });

  it('refuses a backup whose recorded event was rewritten', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const backup = await backUp(ledger);
    const { seq } = newestEvent(backup);
    withoutAppendOnlyTriggers(backup, (db) => {
      db.prepare(`UPDATE audit_events SET hash = prev_hash WHERE seq = ?`).run(seq);
    });
    withoutChecksum(backup);
    expect(await restoreRefusal(ledger, backup)).toMatch(
      new RegExp(`ends at event #${seq}, but that event in the file is not the one recorded`),
    );
    ledger.backend.close();
  });

  it('refuses a backup whose bytes are not the ones its record kept', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const older = await backUp(ledger);
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    const newer = await backUp(ledger);
    fs.copyFileSync(older, newer);
    expect(await restoreRefusal(ledger, newer)).toMatch(/changed since it was made: its checksum/);
    ledger.backend.close();
  });

  it('refuses a backup whose record cannot be read, naming the record', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const backup = await backUp(ledger);
    fs.writeFileSync(metadataPath(backup), '{"format": "balancebook-backup/1", "chainHe');
    expect(await restoreRefusal(ledger, backup)).toMatch(
      new RegExp(`record \\(${path.basename(backup)}\\.json\\) cannot be read`),
    );
    ledger.backend.close();
  });
});

describe('the start-up check', () => {
  async function givenBackedUpDay(): Promise<Ledger> {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    await dailyBackup({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
    return ledger;
  }

  async function nextStart(ledger: Ledger) {
    ledger.clock.advance({ days: 1 });
    return dailyBackup({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
  }

  it('says nothing for a book that holds its newest backup head', async () => {
    const ledger = await givenBackedUpDay();
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    expect((await nextStart(ledger)).warning).toBeNull();
    ledger.backend.close();
  });

  it('warns when the book was replaced by an older copy, and still backs up', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const early = await backUp(ledger);
    fs.renameSync(early, path.join(ledger.dataDir, 'early.sqlite'));
    fs.rmSync(metadataPath(early));
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    const first = await dailyBackup({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
    const { seq } = newestEvent(ledger.dbPath);
    ledger.backend.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${ledger.dbPath}${suffix}`, { force: true });
    fs.copyFileSync(path.join(ledger.dataDir, 'early.sqlite'), ledger.dbPath);
    const outcome = await nextStart(ledger);
    expect(outcome.warning).toMatch(
      new RegExp(
        `no longer holds audit event #${seq}, the newest one when the backup ` +
          `${path.basename(first.created ?? '')} was made`,
      ),
    );
    expect(outcome.created).not.toBeNull();
  });

  it('warns when the newest backup head was rewritten in the book', async () => {
    const ledger = await givenBackedUpDay();
    ledger.backend.close();
    const { seq } = newestEvent(ledger.dbPath);
    withoutAppendOnlyTriggers(ledger.dbPath, (db) => {
      db.prepare(`UPDATE audit_events SET hash = prev_hash WHERE seq = ?`).run(seq);
    });
    expect((await nextStart(ledger)).warning).toMatch(
      new RegExp(`holds a different audit event #${seq}`),
    );
  });

  it('says nothing after an older backup was restored', async () => {
    const ledger = await givenBackedUpDay();
    const [older] = fs.readdirSync(ledger.backupsDir).filter((name) => name.endsWith('.sqlite'));
    await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
    ledger.clock.advance({ days: 1 });
    await dailyBackup({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
    const olderPath = path.join(ledger.backupsDir, older ?? '');
    const restored = await restoreBackup(restoreOptions(ledger, olderPath).options);
    expect(restored.ok ? null : restored.error).toBeNull();
    ledger.backend.close();
    expect((await nextStart(ledger)).warning).toBeNull();
  });
});
