/**
 * Compares backups' records (metadata.ts) with a book. Restore: a candidate whose bytes are not
 * the ones its record's checksum kept is refused (any damage to a backup this app made shows, even
 * in a column no check reads), and so is one whose own record names a head its chain no longer holds
 * (restoring an older backup is fine; a backup cut or rewritten since it was made is not). Start-up:
 * a book that no longer holds the head recorded by its newest backup gets a warning, since events
 * that were once in it are gone. Reads only.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkChainHead, type ChainHeadCheck } from '../backend/audit/chain-head.ts';
import { BUSY_TIMEOUT_MS } from '../backend/db/open.ts';
import { listBackups } from './listing.ts';
import { fileSha256, readMetadata, metadataPath, type BackupMetadata } from './metadata.ts';

/** Why restore refuses `candidate` (open as `sqlite`) by its record, or null when it does not. */
export function recordedHeadRefusal(sqlite: Database.Database, candidate: string): string | null {
  const read = readMetadata(candidate);
  if (read.kind === 'absent') return null;
  if (read.kind === 'unreadable') {
    const name = path.basename(metadataPath(candidate));
    return (
      `That backup's record (${name}) cannot be read (${read.reason}). Move the record away ` +
      'to restore the file without comparing the two.'
    );
  }
  const { sha256 } = read.metadata;
  if (sha256 !== undefined && fileSha256(candidate) !== sha256) {
    return (
      'That backup file changed since it was made: its checksum is not the one its record ' +
      'kept. Restore another backup.'
    );
  }
  const head = read.metadata.chainHead;
  if (head === null) return null;
  const found = checkChainHead(sqlite, head);
  if (found === 'present') return null;
  return `That backup's record says its audit log ends at event #${head.seq}, ${GONE[found]}.`;
}

const GONE: Record<Exclude<ChainHeadCheck, 'present'>, string> = {
  missing: 'but the file no longer holds that event: events were cut from it',
  different: 'but that event in the file is not the one recorded: its audit log was rewritten',
};

export type BookCheckOptions = { dbPath: string; backupsDir: string };

/**
 * A warning when the book lacks the head recorded by the newest backup that has a record, or
 * null (also when no backup has one, or that backup's book had no event yet).
 */
export function bookWarning(options: BookCheckOptions): string | null {
  const newest = newestRecord(options.backupsDir);
  if (newest === null || newest.metadata.chainHead === null) return null;
  const head = newest.metadata.chainHead;
  const book = new Database(options.dbPath, { fileMustExist: true });
  let found: ChainHeadCheck;
  try {
    book.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    found = checkChainHead(book, head);
  } finally {
    book.close();
  }
  if (found === 'present') return null;
  const what = found === 'missing' ? 'no longer holds' : 'holds a different';
  return (
    `The ledger ${what} audit event #${head.seq}, the newest one when the backup ` +
    `${path.basename(newest.path)} was made (${newest.metadata.madeAt}): history recorded ` +
    'before that backup has been lost or changed. Compare the ledger with that backup, and ' +
    'restore it if the ledger was replaced by mistake.'
  );
}

function newestRecord(backupsDir: string): { path: string; metadata: BackupMetadata } | null {
  for (const backup of listBackups(backupsDir).reverse()) {
    const read = readMetadata(backup.path);
    if (read.kind === 'read') return { path: backup.path, metadata: read.metadata };
  }
  return null;
}
