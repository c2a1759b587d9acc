/**
 * Writes a backup of the ledger with SQLite's online backup, which copies a consistent snapshot
 * even while the engine has the file open (WAL mode lets a second connection read beside it).
 * Invariants: a backup file is complete or absent (it is written under a hidden temporary name
 * and renamed when done); its record (metadata.ts: the head of the audit chain it holds) is
 * written from the finished copy before that rename; an existing backup is never overwritten;
 * the ledger is only read.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { systemTimeZone } from '../../shared/dates.ts';
import { BUSY_TIMEOUT_MS } from '../backend/db/open.ts';
import { writeMetadata } from './metadata.ts';
import { BACKUP_PREFIX, backupFileName, backupStamp } from './names.ts';

/** How many same-second names to try before giving up. */
export const SAME_SECOND_MAX = 100;

export type BackupOptions = {
  dbPath: string;
  backupsDir: string;
  now: () => Date;
  timeZone?: string;
  /** BACKUP_PREFIX, or SAFETY_PREFIX for the copy made before a restore. */
  prefix?: string;
};

/** Writes the backup and returns its path; throws when the ledger or the folder cannot be used. */
export async function backupNow(options: BackupOptions): Promise<string> {
  fs.mkdirSync(options.backupsDir, { recursive: true });
  const at = options.now();
  const stamp = backupStamp(at, options.timeZone ?? systemTimeZone());
  const target = freeName(options.backupsDir, stamp, options.prefix ?? BACKUP_PREFIX);
  const partial = path.join(
    options.backupsDir,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`,
  );
  const source = new Database(options.dbPath, { fileMustExist: true });
  try {
    source.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await source.backup(partial);
    writeMetadata(target, partial, at);
    fs.renameSync(partial, target);
    return target;
  } finally {
    source.close();
    fs.rmSync(partial, { force: true });
  }
}

function freeName(folder: string, stamp: string, prefix: string): string {
  for (let sequence = 1; sequence <= SAME_SECOND_MAX; sequence += 1) {
    const candidate = path.join(folder, backupFileName({ stamp, sequence, prefix }));
    if (!fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`More than ${SAME_SECOND_MAX} backups in one second in ${folder}`);
}
