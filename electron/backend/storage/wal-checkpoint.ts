/**
 * Checkpoints between transactions, never inside one. By default SQLite copies the write-ahead
 * log back into the file inside the commit that takes the log past 1,000 pages, so that one
 * commit (a top-up, or a batch of the monthly pass) also pays for copying and syncing every page
 * written since the last checkpoint: 25 to 50 ms at 10,000 customers. The store turns that off
 * and runs the same checkpoint itself, in its own turn of the event loop, once the log holds as
 * many pages. Durability is unchanged: every commit is still synced to the log.
 */
import fs from 'node:fs';
import os from 'node:os';
import type Database from 'better-sqlite3';

/** The log's size, in pages, at which it is copied back: SQLite's own default. */
export const CHECKPOINT_PAGES = 1000;

/** Where the wal-index header (sqlite.org/walformat.html) keeps `mxFrame`, the log's last frame. */
const MX_FRAME_OFFSET = 16;

export type WalCheckpoint = {
  /** True once the log holds at least the checkpoint's pages (one 4-byte read, no SQL). */
  isDue: () => boolean;
  /** The same checkpoint SQLite runs at commit (PASSIVE: it never waits on a lock). */
  run: () => void;
  close: () => void;
};

/** Null for a database without a log (in memory, or not in write-ahead mode). */
export function walCheckpoint(
  sqlite: Database.Database,
  pages = CHECKPOINT_PAGES,
): WalCheckpoint | null {
  if (sqlite.memory || sqlite.pragma('journal_mode', { simple: true }) !== 'wal') return null;
  const frames = logFrames(`${sqlite.name}-shm`);
  // No shared index to read (exclusive locking): SQLite keeps checkpointing at commit.
  if (frames === null) return null;
  sqlite.pragma('wal_autocheckpoint = 0');
  return {
    isDue: () => frames.count() >= pages,
    // `exec`, not a prepared statement: a checkpoint is no statement of the call before it
    // (bench/lib/replay.ts replays those).
    run: () => sqlite.exec('PRAGMA wal_checkpoint(PASSIVE)'),
    close: frames.close,
  };
}

/** Reads the log's frame count from the shared-memory index, in the machine's byte order. The
 * log restarts (the count drops) at the first write after a checkpoint that copied it all. */
function logFrames(shmPath: string) {
  const header = Buffer.alloc(4);
  let fd: number | null;
  try {
    fd = fs.openSync(shmPath, 'r');
  } catch {
    return null;
  }
  return {
    count: () => {
      if (fd === null) return 0;
      fs.readSync(fd, header, 0, 4, MX_FRAME_OFFSET);
      return os.endianness() === 'LE' ? header.readUInt32LE(0) : header.readUInt32BE(0);
    },
    close: () => {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}
