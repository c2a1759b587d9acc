/**
 * Lists the regular backups in a folder by their names (names.ts), oldest first. Safety copies,
 * records (`.json`) and any other file are not backups and are left out. Reads only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareBackupNames, parseBackupName, type BackupName } from './names.ts';

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
