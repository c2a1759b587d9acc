/**
 * The automatic backup at start-up: at most one per calendar day (in the user's time zone), and
 * only the newest BACKUPS_KEPT regular backups are kept. Safety copies made before a restore and
 * any other file in the folder are left alone. No ledger yet (the very first start) means nothing
 * to back up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { systemTimeZone } from '../../shared/dates.ts';
import { backupNow } from './backup.ts';
import { backupStamp, compareBackupNames, parseBackupName, type BackupName } from './names.ts';

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
};

export async function dailyBackup(options: DailyBackupOptions): Promise<DailyBackupOutcome> {
  const timeZone = options.timeZone ?? systemTimeZone();
  if (!fs.existsSync(options.dbPath)) return { created: null, deleted: [] };
  const today = backupStamp(options.now(), timeZone).slice(0, 10);
  const hasToday = listBackups(options.backupsDir).some((backup) => backup.day === today);
  const created = hasToday ? null : await backupNow({ ...options, timeZone });
  const deleted = prune(options.backupsDir, options.keep ?? BACKUPS_KEPT);
  return { created, deleted };
}

export type ListedBackup = BackupName & { path: string };

/** The regular backups in `backupsDir`, oldest first. */
export function listBackups(backupsDir: string): ListedBackup[] {
  if (!fs.existsSync(backupsDir)) return [];
  const listed: ListedBackup[] = [];
  for (const entry of fs.readdirSync(backupsDir, { withFileTypes: true })) {
    const name = entry.isFile() ? parseBackupName(entry.name) : null;
    if (name !== null) listed.push({ ...name, path: path.join(backupsDir, entry.name) });
  }
  return listed.sort(compareBackupNames);
}

function prune(backupsDir: string, keep: number): string[] {
  const backups = listBackups(backupsDir);
  const stale = backups.slice(0, Math.max(0, backups.length - keep)).map((backup) => backup.path);
  for (const file of stale) fs.rmSync(file, { force: true });
  return stale;
}
