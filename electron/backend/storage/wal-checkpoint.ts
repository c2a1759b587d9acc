/**
 * Checkpoints between transactions, never inside one. By default SQLite copies the write-ahead
 * log back into the file inside the commit that takes the log past 1,000 pages, so that one
 * commit (a top-up, or a batch of the monthly pass) also pays for copying and syncing every page
 * written since the last checkpoint: 25 to 50 ms at 10,000 customers. The store turns that off
 * and runs the same checkpoint itself, in its own turn of the event loop, once the log has grown
 * past the same size. Durability is unchanged: every commit is still synced to the log.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';

/** The log's size, in pages, at which it is copied back: SQLite's own default. */
export const CHECKPOINT_PAGES = 1000;

export type WalCheckpoint = {
  /** True once the log holds at least the checkpoint's size (a file size check, no SQL). */
  isDue: () => boolean;
  /** Copies the log into the file and empties it; never waits on another connection's lock. */
  run: () => void;
};

/** Null for a database without a log (in memory, or not in write-ahead mode). */
export function walCheckpoint(
  sqlite: Database.Database,
  pages = CHECKPOINT_PAGES,
): WalCheckpoint | null {
  if (sqlite.memory || sqlite.pragma('journal_mode', { simple: true }) !== 'wal') return null;
  const limitBytes = pages * Number(sqlite.pragma('page_size', { simple: true }));
  const logPath = `${sqlite.name}-wal`;
  sqlite.pragma('wal_autocheckpoint = 0');
  return {
    isDue: () => (fs.statSync(logPath, { throwIfNoEntry: false })?.size ?? 0) >= limitBytes,
    run: () => {
      const busyTimeoutMs = Number(sqlite.pragma('busy_timeout', { simple: true }));
      // Without a wait, a reader elsewhere turns TRUNCATE into PASSIVE instead of blocking the
      // thread; the log then stays due and the next write tries again.
      sqlite.pragma('busy_timeout = 0');
      try {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
      }
    },
  };
}
