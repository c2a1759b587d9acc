/**
 * A backup's record, kept outside the backup file: `<backup>.json` beside it, holding the head of
 * the audit chain (the newest event's number and hash) as the backup was written. A file damaged
 * or cut later cannot also fix its record, so restore and the start-up check compare the two.
 * Invariants: the record is written whole or not at all (atomic write), before its backup gets
 * its final name, so every backup made by this code has one; reading never throws.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readChainHead, type ChainHead } from '../backend/audit/chain-head.ts';
import { writeFileAtomic } from '../backend/files/write-atomic.ts';

export const METADATA_EXTENSION = '.json';
export const METADATA_FORMAT = 'balancebook-backup/1';

export type BackupMetadata = {
  format: typeof METADATA_FORMAT;
  madeAt: string;
  /** null when the book had no audit event yet. */
  chainHead: ChainHead | null;
  /** The backup file's SHA-256 as written (absent in records made before it was kept). */
  sha256?: string;
};

/** What reading a backup's record found: none beside it, a usable one, or a broken one. */
export type MetadataRead =
  | { kind: 'absent' }
  | { kind: 'read'; metadata: BackupMetadata }
  | { kind: 'unreadable'; reason: string };

export function metadataPath(backupFile: string): string {
  return `${backupFile}${METADATA_EXTENSION}`;
}

/**
 * Writes the record of `backupFile` from the finished copy `written` (the same bytes, closed):
 * its audit chain's head and its checksum.
 */
export function writeMetadata(backupFile: string, written: string, at: Date): void {
  // Opened read-write though only read, so that closing it removes the -wal and -shm it makes.
  const copy = new Database(written, { fileMustExist: true });
  let chainHead: ChainHead | null;
  try {
    chainHead = readChainHead(copy);
  } finally {
    copy.close();
  }
  const metadata: BackupMetadata = {
    format: METADATA_FORMAT,
    madeAt: at.toISOString(),
    chainHead,
    sha256: fileSha256(written),
  };
  // The backup's name is new, so a record already there is a leftover of a lost backup.
  const text = `${JSON.stringify(metadata, null, 2)}\n`;
  writeFileAtomic(metadataPath(backupFile), text, { overwrite: true });
}

export function readMetadata(backupFile: string): MetadataRead {
  const file = metadataPath(backupFile);
  if (!fs.existsSync(file)) return { kind: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'unreadable', reason };
  }
  return isMetadata(parsed)
    ? { kind: 'read', metadata: parsed }
    : { kind: 'unreadable', reason: `not a ${METADATA_FORMAT} record` };
}

export function fileSha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function isMetadata(value: unknown): value is BackupMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.format === METADATA_FORMAT &&
    typeof record.madeAt === 'string' &&
    (record.chainHead === null || isChainHead(record.chainHead)) &&
    (record.sha256 === undefined ||
      (typeof record.sha256 === 'string' && /^[0-9a-f]{64}$/.test(record.sha256)))
  );
}

function isChainHead(value: unknown): value is ChainHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Record<string, unknown>;
  return (
    typeof head.seq === 'number' &&
    Number.isSafeInteger(head.seq) &&
    head.seq > 0 &&
    typeof head.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(head.hash)
  );
}
