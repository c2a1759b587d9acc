/**
 * Proves restoring a backup: a real ledger backed up, changed and restored comes back with the
 * backup's balances, passes `audit.verify`, and keeps a safety copy of what it replaced; and
 * every unfit file (random bytes, text, a SQLite file of other tables, a truncated copy, a ledger
 * from newer code, a ledger whose own check fails, the ledger itself, a missing file) is refused
 * with its reason while the current ledger stays byte for byte the same and is never closed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../electron/backend/db/open.ts';
import { backupNow } from '../../electron/backup/backup.ts';
import { restoreBackup } from '../../electron/backup/restore.ts';
import { newestKnownMigration } from '../../electron/backup/validate.ts';
import type { AuditVerification } from '../../shared/contract/types.ts';
import { rid } from '../support/backend.ts';
import {
  TIME_ZONE,
  balances,
  call,
  givenCustomerWithCredit,
  givenLedger,
  hashOf,
  restoreOptions,
  type Ledger,
} from './ledger.ts';

async function givenBackedUpLedger() {
  const ledger = givenLedger();
  const acme = await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
  await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
  const backup = await backupNow({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
  const atBackup = await balances(ledger.backend);
  return { ledger, acme, backup, atBackup };
}

describe('restoring a good backup', () => {
  it("brings back the backup's balances, verified, and keeps the replaced ledger", async () => {
    const { ledger, acme, backup, atBackup } = await givenBackedUpLedger();
    await call(ledger.backend, 'balance.charge', {
      customerId: acme,
      amount: '100.00',
      description: 'After the backup',
      requestId: rid('charge'),
    });
    await givenCustomerWithCredit(ledger.backend, 'Initech', '9.99');
    const changed = await balances(ledger.backend);
    expect(changed).not.toEqual(atBackup);
    ledger.clock.advance({ minutes: 10 });
    const { options, closeCurrent, reopen } = restoreOptions(ledger, backup);
    const restored = await restoreBackup(options);
    expect(restored).toEqual({
      ok: true,
      data: {
        restoredFrom: backup,
        safetyBackup: path.join(
          ledger.backupsDir,
          'balancebook-before-restore-2026-03-01T10-10-00.sqlite',
        ),
        backupAfter: path.join(ledger.backupsDir, 'balancebook-2026-03-01T10-10-00.sqlite'),
      },
    });
    expect(closeCurrent).toHaveBeenCalledTimes(1);
    expect(reopen).toHaveBeenCalledTimes(1);
    expect(await balances(ledger.backend)).toEqual(atBackup);
    const verified = (await call(ledger.backend, 'audit.verify', {})) as AuditVerification;
    expect(verified).toMatchObject({ ok: true, problems: [] });
    expect(
      fs.existsSync(`${ledger.dbPath}-wal`) && fs.statSync(`${ledger.dbPath}-wal`).size,
    ).toBeFalsy();
    ledger.backend.close();
    // The safety copy holds what was replaced.
    const safety = restored.ok ? restored.data.safetyBackup : null;
    const replaced = givenLedger();
    replaced.backend.close();
    fs.copyFileSync(safety ?? '', replaced.dbPath);
    expect(await balances(replaced.open())).toEqual(changed);
    replaced.backend.close();
  });

  it('leaves no working files beside the ledger', async () => {
    const { ledger, backup } = await givenBackedUpLedger();
    const { options } = restoreOptions(ledger, backup);
    expect((await restoreBackup(options)).ok).toBe(true);
    ledger.backend.close();
    const left = fs.readdirSync(ledger.dataDir).filter((name) => name !== 'backups');
    expect(left).toEqual(['ledger.sqlite']);
  });
});

type Unfit = { name: string; make: (ledger: Ledger, backup: string) => string; reason: RegExp };

const UNFIT: Unfit[] = [
  {
    name: 'random bytes',
    make: (ledger) =>
      write(
        ledger,
        'random.sqlite',
        Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)),
      ),
    reason: /not a SQLite database/,
  },
  {
    name: 'a text file',
    make: (ledger) => write(ledger, 'notes.sqlite', 'Customer balances, 2026\nAcme: 125.00\n'),
    reason: /not a SQLite database/,
  },
  {
    name: 'an empty file',
    make: (ledger) => write(ledger, 'empty.sqlite', ''),
    reason: /not a SQLite database/,
  },
  {
    name: 'a SQLite file of other tables',
    make: (ledger) => {
      const file = path.join(ledger.dataDir, 'photos.sqlite');
      const db = new Database(file);
      db.exec(
        `CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);
         INSERT INTO photos (name) VALUES ('beach')`,
      );
      db.close();
      return file;
    },
    reason: /not a Balancebook ledger \(no __drizzle_migrations, customers, ledger_entries, audit_/,
  },
  {
    name: 'a truncated copy',
    make: (ledger, backup) => {
      const bytes = fs.readFileSync(backup);
      return write(ledger, 'truncated.sqlite', bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    reason: /damaged|cannot be read/,
  },
  {
    name: 'a ledger from newer code',
    make: (ledger, backup) => {
      const file = path.join(ledger.dataDir, 'newer.sqlite');
      fs.copyFileSync(backup, file);
      const db = new Database(file);
      db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(
        'from-the-future',
        newestKnownMigration(DEFAULT_MIGRATIONS_FOLDER) + 1,
      );
      db.close();
      return file;
    },
    reason: /newer version of Balancebook/,
  },
  {
    name: 'a ledger whose own check fails',
    make: (ledger, backup) => {
      const file = path.join(ledger.dataDir, 'tampered.sqlite');
      fs.copyFileSync(backup, file);
      const db = new Database(file);
      db.exec(`UPDATE customers SET balance_minor = balance_minor + 100 WHERE name = 'Acme'`);
      db.close();
      return file;
    },
    reason: /fails the ledger's own check/,
  },
  {
    name: 'a missing file',
    make: (ledger) => path.join(ledger.dataDir, 'gone.sqlite'),
    reason: /does not exist/,
  },
  { name: 'the ledger itself', make: (ledger) => ledger.dbPath, reason: /ledger in use/ },
];

/** The ledger file and its write-ahead log, which holds the latest changes while it is open. */
function hashOfLedger(dbPath: string): string {
  const wal = `${dbPath}-wal`;
  return `${hashOf(dbPath)}+${fs.existsSync(wal) ? hashOf(wal) : 'no-wal'}`;
}

function write(ledger: Ledger, name: string, content: string | Buffer): string {
  const file = path.join(ledger.dataDir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('restoring an unfit file', () => {
  it.each(UNFIT)('refuses $name and leaves the ledger untouched', async ({ make, reason }) => {
    const { ledger, backup, atBackup } = await givenBackedUpLedger();
    const candidate = make(ledger, backup);
    const candidateBefore = fs.existsSync(candidate) ? hashOf(candidate) : null;
    const ledgerBefore = hashOfLedger(ledger.dbPath);
    const sideFiles = fs.readdirSync(ledger.dataDir).sort();
    const { options, closeCurrent, reopen } = restoreOptions(ledger, candidate);
    const refused = await restoreBackup(options);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'backupFile' },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(reason);
    expect(closeCurrent).not.toHaveBeenCalled();
    expect(reopen).not.toHaveBeenCalled();
    expect(hashOfLedger(ledger.dbPath)).toBe(ledgerBefore);
    expect(fs.readdirSync(ledger.dataDir).sort()).toEqual(sideFiles);
    if (candidateBefore !== null) expect(hashOf(candidate)).toBe(candidateBefore);
    expect(await balances(ledger.backend)).toEqual(atBackup);
    ledger.backend.close();
  });
});
