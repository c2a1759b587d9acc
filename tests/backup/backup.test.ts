/**
 * Proves backups: `backupNow` writes a complete copy named `balancebook-YYYY-MM-DDTHH-mm-ss.sqlite`
 * by the clock in the user's zone, while the engine has the ledger open, never overwriting one
 * from the same second; `dailyBackup` makes at most one per calendar day, none before a ledger
 * exists, and keeps only the newest BACKUPS_KEPT with their records, leaving other files alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { backupNow } from '../../electron/backup/backup.ts';
import { BACKUPS_KEPT, dailyBackup, listBackups } from '../../electron/backup/daily.ts';
import { backupStamp, parseBackupName } from '../../electron/backup/names.ts';
import { TIME_ZONE, balances, givenCustomerWithCredit, givenLedger } from './ledger.ts';

describe('backup names', () => {
  it('stamp the moment in the given zone, across a date line', () => {
    const at = new Date('2026-03-01T23:30:05Z');
    expect(backupStamp(at, 'Europe/Brussels')).toBe('2026-03-02T00-30-05');
    expect(backupStamp(at, 'America/New_York')).toBe('2026-03-01T18-30-05');
  });

  it('parse back, and nothing else parses', () => {
    expect(parseBackupName('balancebook-2026-03-02T00-30-05.sqlite')).toEqual({
      day: '2026-03-02',
      time: '00-30-05',
      sequence: 1,
    });
    expect(parseBackupName('balancebook-2026-03-02T00-30-05-3.sqlite')?.sequence).toBe(3);
    for (const other of [
      'balancebook-before-restore-2026-03-02T00-30-05.sqlite',
      'balancebook.sqlite',
      '.balancebook-2026-03-02T00-30-05.sqlite.ab12.partial',
      'balancebook-2026-03-02T00-30-05.sqlite-wal',
    ]) {
      expect(parseBackupName(other), other).toBeNull();
    }
  });
});

describe('backupNow', () => {
  it('copies the open ledger completely, under a new name each time', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const options = { ...ledger, timeZone: TIME_ZONE, now: ledger.clock.now };
    const first = await backupNow(options);
    const second = await backupNow(options);
    expect(path.basename(first)).toBe('balancebook-2026-03-01T10-00-00.sqlite');
    expect(path.basename(second)).toBe('balancebook-2026-03-01T10-00-00-2.sqlite');
    const written = [first, second].flatMap((file) => [file, `${file}.json`]);
    expect(fs.readdirSync(ledger.backupsDir).sort()).toEqual(
      written.map((file) => path.basename(file)).sort(),
    );
    const copy = createBackend({ dbPath: first, now: ledger.clock.now, timeZone: TIME_ZONE });
    expect(await balances(copy)).toEqual({ Acme: '125.00' });
    copy.close();
    ledger.backend.close();
  });

  it('fails loudly for a ledger that does not exist, leaving no file behind', async () => {
    const ledger = givenLedger();
    ledger.backend.close();
    const missing = path.join(ledger.dataDir, 'missing.sqlite');
    await expect(
      backupNow({ ...ledger, dbPath: missing, now: ledger.clock.now, timeZone: TIME_ZONE }),
    ).rejects.toThrow();
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.readdirSync(ledger.backupsDir)).toEqual([]);
  });
});

describe('dailyBackup', () => {
  it('makes one backup per calendar day in the user zone', async () => {
    const ledger = givenLedger('2026-03-01T22:00:00Z');
    const options = { ...ledger, timeZone: TIME_ZONE, now: ledger.clock.now };
    const first = await dailyBackup(options);
    expect(path.basename(first.created ?? '')).toBe('balancebook-2026-03-01T23-00-00.sqlite');
    ledger.clock.advance({ minutes: 30 });
    expect(await dailyBackup(options)).toEqual({ created: null, deleted: [], warning: null });
    // 23:00 UTC is already the 2nd in Brussels: a new day, so a new backup.
    ledger.clock.advance({ minutes: 30 });
    const nextDay = await dailyBackup(options);
    expect(path.basename(nextDay.created ?? '')).toBe('balancebook-2026-03-02T00-00-00.sqlite');
    ledger.backend.close();
  });

  it('does nothing before the first ledger exists', async () => {
    const ledger = givenLedger();
    ledger.backend.close();
    const dbPath = path.join(ledger.dataDir, 'not-yet.sqlite');
    const outcome = await dailyBackup({ ...ledger, dbPath, now: ledger.clock.now });
    expect(outcome).toEqual({ created: null, deleted: [], warning: null });
    expect(fs.existsSync(ledger.backupsDir)).toBe(false);
  });

  it(`keeps the newest ${BACKUPS_KEPT} and leaves other files alone`, async () => {
    const ledger = givenLedger();
    fs.mkdirSync(ledger.backupsDir, { recursive: true });
    const others = ['balancebook-before-restore-2026-01-01T00-00-00.sqlite', 'notes.txt'];
    for (const other of others) fs.writeFileSync(path.join(ledger.backupsDir, other), 'keep me');
    const options = { ...ledger, timeZone: TIME_ZONE, now: ledger.clock.now };
    const deleted: string[] = [];
    for (let day = 0; day < BACKUPS_KEPT + 3; day += 1) {
      deleted.push(...(await dailyBackup(options)).deleted);
      ledger.clock.advance({ days: 1 });
    }
    const kept = listBackups(ledger.backupsDir).map((backup) => backup.day);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toBe('2026-03-04');
    expect(kept.at(-1)).toBe('2026-03-17');
    expect(deleted.map((file) => path.basename(file))).toEqual([
      'balancebook-2026-03-01T10-00-00.sqlite',
      'balancebook-2026-03-02T10-00-00.sqlite',
      'balancebook-2026-03-03T10-00-00.sqlite',
    ]);
    for (const other of others)
      expect(fs.existsSync(path.join(ledger.backupsDir, other))).toBe(true);
    // Each backup's record goes with it.
    const records = fs.readdirSync(ledger.backupsDir).filter((name) => name.endsWith('.json'));
    expect(records).toHaveLength(BACKUPS_KEPT);
    for (const file of deleted) expect(fs.existsSync(`${file}.json`)).toBe(false);
    ledger.backend.close();
  });
});
