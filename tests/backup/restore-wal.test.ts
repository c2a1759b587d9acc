/**
 * Proves that restore reads a ledger copied with its -wal beside it whole: a real WAL-mode ledger,
 * copied while its newest transactions are committed but not yet checkpointed into the main file,
 * comes back with those transactions; the same copy without its -wal, with a -wal that cannot be
 * read, or with one of which SQLite can read nothing, is refused saying so; and the chosen files
 * are never changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../electron/backup/restore.ts';
import {
  balances,
  call,
  givenCustomerWithCredit,
  givenLedger,
  hashOf,
  restoreOptions,
  type Ledger,
} from './ledger.ts';

/** Frames of the ledger's -wal that are not yet in the main file. */
function pendingFrames(dbPath: string): number {
  const reader = new Database(dbPath, { fileMustExist: true });
  try {
    const [state] = reader.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    return state?.log ?? 0;
  } finally {
    reader.close();
  }
}

/** The customers a copy of `file` holds without its -wal. */
function namesInMainFileAlone(file: string): string[] {
  const alone = `${file}.alone`;
  fs.copyFileSync(file, alone);
  const reader = new Database(alone, { fileMustExist: true });
  try {
    const rows = reader.prepare('SELECT name FROM customers ORDER BY name').all() as {
      name: string;
    }[];
    return rows.map((row) => row.name);
  } finally {
    reader.close();
    fs.rmSync(alone);
  }
}

/**
 * A ledger whose older customer is checkpointed into the main file and whose newest one lives
 * only in the -wal, copied (file, -wal and -shm) as a person would copy it while it is open.
 */
async function givenCopyInUse() {
  const ledger = givenLedger();
  await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
  const checkpoint = new Database(ledger.dbPath, { fileMustExist: true });
  checkpoint.pragma('wal_checkpoint(TRUNCATE)');
  checkpoint.close();
  await givenCustomerWithCredit(ledger.backend, 'Globex', '40.00');
  const atCopy = await balances(ledger.backend);
  const copied = path.join(ledger.dataDir, 'copied.sqlite');
  for (const suffix of ['', '-wal', '-shm']) {
    fs.copyFileSync(`${ledger.dbPath}${suffix}`, `${copied}${suffix}`);
  }
  return { ledger, copied, atCopy };
}

async function changeLedger(ledger: Ledger): Promise<void> {
  await givenCustomerWithCredit(ledger.backend, 'Initech', '9.99');
  ledger.clock.advance({ minutes: 5 });
}

describe('restoring a ledger copied with its -wal', () => {
  it('replays the -wal: the newest transactions come back', async () => {
    const { ledger, copied, atCopy } = await givenCopyInUse();
    expect(atCopy).toEqual({ Acme: '125.00', Globex: '40.00' });
    expect(namesInMainFileAlone(copied)).toEqual(['Acme']);
    await changeLedger(ledger);
    const before = [hashOf(copied), hashOf(`${copied}-wal`)];
    const restored = await restoreBackup(restoreOptions(ledger, copied).options);
    expect(restored.ok ? null : restored.error).toBeNull();
    expect(await balances(ledger.backend)).toEqual(atCopy);
    expect(await call(ledger.backend, 'audit.verify', {})).toMatchObject({ ok: true });
    expect([hashOf(copied), hashOf(`${copied}-wal`)]).toEqual(before);
    ledger.backend.close();
    expect(pendingFrames(ledger.dbPath)).toBe(0);
  });

  it('refuses the file without its -wal when the ledger is not whole without it', async () => {
    const ledger = givenLedger();
    await givenCustomerWithCredit(ledger.backend, 'Acme', '125.00');
    const copied = path.join(ledger.dataDir, 'copied.sqlite');
    fs.copyFileSync(ledger.dbPath, copied);
    const { options, closeCurrent } = restoreOptions(ledger, copied);
    const refused = await restoreBackup(options);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'backupFile' },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(
      /-wal companion \(copied\.sqlite-wal\) that is not beside it/,
    );
    expect(closeCurrent).not.toHaveBeenCalled();
    ledger.backend.close();
  });

  it('refuses a -wal of which SQLite can read nothing, naming it', async () => {
    const { ledger, copied, atCopy } = await givenCopyInUse();
    const wal = fs.readFileSync(`${copied}-wal`);
    // The log's salt, which every frame must repeat: the frames no longer belong to it.
    wal[16] = (wal[16] ?? 0) ^ 0xff;
    fs.writeFileSync(`${copied}-wal`, wal);
    const { options, closeCurrent } = restoreOptions(ledger, copied);
    const refused = await restoreBackup(options);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'backupFile' },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(
      /-wal companion \(copied\.sqlite-wal\) is damaged or belongs to another file/,
    );
    expect(closeCurrent).not.toHaveBeenCalled();
    expect(await balances(ledger.backend)).toEqual(atCopy);
    ledger.backend.close();
  });

  it('refuses a -wal that cannot be read, naming it', async () => {
    const { ledger, copied, atCopy } = await givenCopyInUse();
    fs.rmSync(`${copied}-wal`);
    fs.mkdirSync(`${copied}-wal`);
    const before = hashOf(ledger.dbPath);
    const { options, closeCurrent } = restoreOptions(ledger, copied);
    const refused = await restoreBackup(options);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'backupFile' },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(
      /-wal companion \(copied\.sqlite-wal\) cannot be read/,
    );
    expect(closeCurrent).not.toHaveBeenCalled();
    expect(hashOf(ledger.dbPath)).toBe(before);
    expect(await balances(ledger.backend)).toEqual(atCopy);
    ledger.backend.close();
  });
});
