/**
 * Backup file names: `balancebook-YYYY-MM-DDTHH-mm-ss.sqlite`, the moment in the user's time zone,
 * with `-2`, `-3`… when two land in the same second. The safety copy made before a restore is
 * `balancebook-before-restore-<same stamp>.sqlite`: it does not match the backup pattern, so it
 * neither counts as the day's backup nor is pruned with them.
 */
import { dateInZone } from '../../shared/dates.ts';

export const BACKUP_PREFIX = 'balancebook-';
export const SAFETY_PREFIX = 'balancebook-before-restore-';
export const BACKUP_EXTENSION = '.sqlite';

const BACKUP_NAME = /^balancebook-(\d{4}-\d{2}-\d{2})T(\d{2}-\d{2}-\d{2})(?:-(\d+))?\.sqlite$/;

export type BackupName = { day: string; time: string; sequence: number };

/** `2026-03-01T09-00-00` for that moment in `timeZone`. */
export function backupStamp(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const part = (type: string): string => parts.find((each) => each.type === type)?.value ?? '00';
  return `${dateInZone(at, timeZone)}T${part('hour')}-${part('minute')}-${part('second')}`;
}

export type BackupFileNameParts = { stamp: string; sequence?: number; prefix?: string };

export function backupFileName(parts: BackupFileNameParts): string {
  const { stamp, sequence = 1, prefix = BACKUP_PREFIX } = parts;
  const suffix = sequence > 1 ? `-${sequence}` : '';
  return `${prefix}${stamp}${suffix}${BACKUP_EXTENSION}`;
}

/** The parts of a regular backup's name, or null for any other file. */
export function parseBackupName(fileName: string): BackupName | null {
  const match = BACKUP_NAME.exec(fileName);
  if (match === null) return null;
  const [, day = '', time = '', sequence] = match;
  return { day, time, sequence: sequence === undefined ? 1 : Number(sequence) };
}

/** Oldest first: by day, then time, then sequence. */
export function compareBackupNames(left: BackupName, right: BackupName): number {
  return (
    left.day.localeCompare(right.day) ||
    left.time.localeCompare(right.time) ||
    left.sequence - right.sequence
  );
}
