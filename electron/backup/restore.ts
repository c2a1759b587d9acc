/**
 * Replaces the ledger with a backup the person chose. Order: validate (validate.ts) on a private
 * copy; only then put the running engine away (the caller's `closeCurrent`), keep a safety backup
 * of the current file, move the verified copy in under a temporary name beside the ledger and
 * rename it over (removing the old file's -wal/-shm first, so SQLite cannot replay a stale log
 * into the new file), and open the engine again (`reopen`). Last, the restored ledger is backed
 * up as a regular backup, so that the newest backup's record describes the book as it now is and
 * the start-up check (head-check.ts) does not mistake the restore for lost history. Invariants: a
 * refused file leaves the ledger byte for byte as it was and the engine running; a failure after
 * the engine was put away still reopens it; the result is a value, never a throw.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../shared/errors.ts';
import { backupNow } from './backup.ts';
import { SAFETY_PREFIX } from './names.ts';
import { validateBackup } from './validate.ts';

export type RestoreOptions = {
  dbPath: string;
  backupFile: string;
  backupsDir: string;
  closeCurrent: () => void | Promise<void>;
  reopen: () => void | Promise<void>;
  now: () => Date;
  timeZone?: string;
  migrationsFolder?: string;
};

export type Restored = {
  restoredFrom: string;
  safetyBackup: string | null;
  /** The backup of the ledger as restored, or null when it could not be made. */
  backupAfter: string | null;
};

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export async function restoreBackup(options: RestoreOptions): Promise<Result<Restored>> {
  if (path.resolve(options.backupFile) === path.resolve(options.dbPath)) {
    return refuse('That is the ledger in use; choose a backup file.');
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-restore-'));
  try {
    const verdict = await validateSafely(options, workDir);
    if (!verdict.ok) return verdict;
    const closeFailure = await attempt(options.closeCurrent);
    if (closeFailure !== null) {
      await attempt(options.reopen);
      return failure(`The ledger could not be closed, so nothing changed (${closeFailure}).`);
    }
    const swapped = await swapIn(verdict.data, options);
    const reopened = await attempt(options.reopen);
    if (!swapped.ok) return swapped;
    if (reopened !== null) {
      return failure(`The backup was restored but could not be opened (${reopened}).`);
    }
    const backupAfter = await backupRestored(options);
    const restoredFrom = options.backupFile;
    return { ok: true, data: { restoredFrom, safetyBackup: swapped.data, backupAfter } };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function validateSafely(options: RestoreOptions, workDir: string) {
  try {
    return await validateBackup({ ...options, candidate: options.backupFile, workDir });
  } catch (error) {
    return failure(`That file could not be checked (${messageOf(error)}).`);
  }
}

/** Keeps a safety copy of the current ledger, then renames the verified copy over it. */
async function swapIn(verified: string, options: RestoreOptions): Promise<Result<string | null>> {
  let safetyBackup: string | null = null;
  try {
    if (fs.existsSync(options.dbPath)) {
      safetyBackup = await backupNow({ ...options, prefix: SAFETY_PREFIX });
    }
  } catch (error) {
    return failure(
      `No copy of the current ledger could be kept, so nothing changed (${messageOf(error)}).`,
    );
  }
  try {
    replaceFile(verified, options.dbPath);
    return { ok: true, data: safetyBackup };
  } catch (error) {
    return failure(`The ledger could not be replaced, so nothing changed (${messageOf(error)}).`);
  }
}

function replaceFile(source: string, target: string): void {
  const staging = path.join(
    path.dirname(target),
    `.${path.basename(target)}.restoring-${randomBytes(6).toString('hex')}`,
  );
  try {
    fs.copyFileSync(source, staging);
    const handle = fs.openSync(staging, 'r+');
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    for (const suffix of SIDE_FILES) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(staging, target);
  } finally {
    fs.rmSync(staging, { force: true });
  }
}

/** A regular backup of the restored ledger; null if it failed (the restore itself stands). */
async function backupRestored(options: RestoreOptions): Promise<string | null> {
  try {
    return await backupNow(options);
  } catch (error) {
    console.error('[balancebook] the backup after a restore failed', error);
    return null;
  }
}

/** Runs `work`; the error's message if it failed, null if it did not. */
async function attempt(work: () => void | Promise<void>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

function refuse(message: string): Result<never> {
  return { ok: false, error: { code: 'VALIDATION', message, field: 'backupFile' } };
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
