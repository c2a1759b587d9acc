/**
 * The automatic backup at start-up: at most one per calendar day (in the user's time zone), and
 * only the newest BACKUPS_KEPT regular backups are kept, each with its record. Safety copies made
 * before a restore and any other file in the folder are left alone. No ledger yet (the very first
 * start) means nothing to back up. Before the day's backup the book is checked against the
 * newest backup's record (head-check.ts), so the warning describes the book as it was found.
 */
import fs from 'node:fs';
import { systemTimeZone } from '../../shared/dates.ts';
import { backupNow } from './backup.ts';
import { bookWarning } from './head-check.ts';
import { listBackups } from './listing.ts';
import { metadataPath } from './metadata.ts';
import { backupStamp } from './names.ts';

export { listBackups, type ListedBackup } from './listing.ts';

export const BACKUPS_KEPT = 14;

export type DailyBackupOptions = {
  dbPath: string;
  backupsDir: string;
  now: () => Date;
  timeZone?: string;
  keep?: number;
};

export type DailyBackupOutcome = {
  /** The new backup, or null when today's exists or there is no ledger yet. */
  created: string | null;
  deleted: string[];
  /** Set when the book no longer holds the newest backup's head of the audit chain. */
  warning: string | null;
};

export async function dailyBackup(options: DailyBackupOptions): Promise<DailyBackupOutcome> {
  const timeZone = options.timeZone ?? systemTimeZone();
  if (!fs.existsSync(options.dbPath)) return { created: null, deleted: [], warning: null };
  const warning = bookWarning(options);
  const today = backupStamp(options.now(), timeZone).slice(0, 10);
  const hasToday = listBackups(options.backupsDir).some((backup) => backup.day === today);
  const created = hasToday ? null : await backupNow({ ...options, timeZone });
  const deleted = prune(options.backupsDir, options.keep ?? BACKUPS_KEPT);
  return { created, deleted, warning };
}

function prune(backupsDir: string, keep: number): string[] {
  const backups = listBackups(backupsDir);
  const stale = backups.slice(0, Math.max(0, backups.length - keep)).map((backup) => backup.path);
  for (const file of stale) {
    fs.rmSync(file, { force: true });
    fs.rmSync(metadataPath(file), { force: true });
  }
  return stale;
}
