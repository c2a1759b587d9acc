/**
 * The private copy a restore checks: the chosen file and, when one lies beside it, its `-wal`
 * (write-ahead log), so that SQLite replays the log and the copy holds the ledger whole, newest
 * transactions included. The `-shm` beside it is only an index of the log, which SQLite rebuilds,
 * so it is left behind. Invariants: the chosen file and its companions are only ever read; a
 * companion that is there but cannot be read, or whose changes SQLite cannot read, refuses,
 * naming it, rather than restoring an older state without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Result } from '../../shared/errors.ts';

export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
export const WAL_SUFFIX = '-wal';
/** Bytes 18 and 19 of the header: the file format versions, 2 for write-ahead logging. */
const VERSION_OFFSET = 18;
const WAL_VERSION = 2;
const HEADER_BYTES = 100;

export type WorkingCopy = {
  path: string;
  /** The candidate is in write-ahead mode and no `-wal` lay beside it. */
  isWalMissing: boolean;
  /** The size of the `-wal` taken along, 0 when there was none. */
  walBytes: number;
};

/** The -wal's own header, and each frame's header before its page. */
const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/** The candidate's first bytes, or null when it does not exist or cannot be read. */
export function readHeader(file: string): Buffer | null {
  try {
    const handle = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      const read = fs.readSync(handle, header, 0, header.length, 0);
      return header.subarray(0, read);
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return null;
  }
}

export function isSqliteHeader(header: Buffer): boolean {
  return header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER);
}

/** Copies `candidate` (and its `-wal`) into `workDir` as `candidate.sqlite`. */
export function makeWorkingCopy(
  candidate: string,
  header: Buffer,
  workDir: string,
): Result<WorkingCopy> {
  const copy = path.join(workDir, 'candidate.sqlite');
  fs.copyFileSync(candidate, copy);
  const wal = `${candidate}${WAL_SUFFIX}`;
  const isWalMode =
    header[VERSION_OFFSET] === WAL_VERSION && header[VERSION_OFFSET + 1] === WAL_VERSION;
  if (!fs.existsSync(wal)) {
    return { ok: true, data: { path: copy, isWalMissing: isWalMode, walBytes: 0 } };
  }
  try {
    fs.copyFileSync(wal, `${copy}${WAL_SUFFIX}`);
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    return refuse(
      `That file's -wal companion (${path.basename(wal)}) cannot be read (${code}), and ` +
        'without it the newest changes would be lost.',
    );
  }
  const walBytes = fs.statSync(`${copy}${WAL_SUFFIX}`).size;
  return { ok: true, data: { path: copy, isWalMissing: false, walBytes } };
}

/**
 * A refusal when the -wal taken along holds at least one whole frame yet SQLite could read none
 * of it (its header or first frame damaged, or a log from another file): the newest changes it
 * holds would be silently left out. Run first on the opened copy.
 */
export function unreadWalMessage(
  db: Database.Database,
  copy: WorkingCopy,
  candidate: string,
): string | null {
  const pageBytes = db.pragma('page_size', { simple: true }) as number;
  if (copy.walBytes < WAL_HEADER_BYTES + FRAME_HEADER_BYTES + pageBytes) return null;
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return null;
  const [state] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  if ((state?.log ?? 0) > 0) return null;
  const name = `${path.basename(candidate)}${WAL_SUFFIX}`;
  return (
    `That file's -wal companion (${name}) is damaged or belongs to another file: none of the ` +
    'changes it holds can be read. Copy the ledger again, with Balancebook closed.'
  );
}

/** The refusal for a file whose tables are absent because its -wal was left behind. */
export function missingWalMessage(candidate: string): string {
  const name = `${path.basename(candidate)}${WAL_SUFFIX}`;
  return (
    'That file is not a whole Balancebook ledger: it keeps its newest changes in a -wal ' +
    `companion (${name}) that is not beside it. Copy both files together and try again.`
  );
}

function refuse(message: string): Result<never> {
  return { ok: false, error: { code: 'VALIDATION', message, field: 'backupFile' } };
}
