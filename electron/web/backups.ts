/**
 * Backups in the browser, where there is no File menu: the day's automatic backup while the
 * bridge runs (checked at start, once the ledger exists, so the very first start makes one, and
 * every BACKUP_CHECK_INTERVAL_MS after, so a bridge left running past midnight makes the next
 * day's), and the shell's answers to `app.backUpNow`, `app.listBackups` and `app.restoreBackup`.
 * Invariants: a restore names a backup listed in the backups folder, never another path; it goes
 * through electron/backup/restore.ts (validated first, a safety copy kept, the ledger put away
 * and reopened through the engine host) and then signs everyone out, since the restored file may
 * not know the signed-in person. The same helpers as the desktop (daily.ts, backup.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppChannelOutputs, BackupListing } from '../../shared/contract/app-channels.ts';
import type { Result } from '../../shared/errors.ts';
import { backupNow } from '../backup/backup.ts';
import { dailyBackup, listBackups } from '../backup/daily.ts';
import { restoreBackup } from '../backup/restore.ts';
import type { EngineHost } from '../main/engine-host.ts';
import { startScheduler, type IntervalTimer, type Scheduler } from '../main/scheduler.ts';
import type { Session } from '../main/session.ts';

export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export type WebBackupsOptions = {
  dbPath: string;
  backupsDir: string;
  host: Pick<EngineHost, 'suspend' | 'resume'>;
  session: Session;
  now: () => Date;
  timeZone?: string;
  migrationsFolder?: string;
  timer?: IntervalTimer;
  onBackupError?: (error: unknown) => void;
};

export type WebBackups = {
  backUpNow(): Promise<Result<AppChannelOutputs['app.backUpNow']>>;
  list(): Result<AppChannelOutputs['app.listBackups']>;
  restore(name: string): Promise<Result<AppChannelOutputs['app.restoreBackup']>>;
  /** Resolves once the daily check under way, if any, has ended. */
  idle(): Promise<void>;
  /** Stops the daily check; resolves once a backup under way has ended. */
  stop(): Promise<void>;
};

export function createWebBackups(options: WebBackupsOptions): WebBackups {
  const daily: Scheduler = startScheduler({
    runPass: async () => ({ ok: true, data: await dailyBackup(options) }),
    timer: options.timer,
    intervalMs: BACKUP_CHECK_INTERVAL_MS,
    onError: options.onBackupError ?? reportBackupError,
  });
  return {
    backUpNow: async () => ({ ok: true, data: { path: await backupNow(options) } }),
    list: () => ({ ok: true, data: { folder: options.backupsDir, backups: listed(options) } }),
    restore: async (name) => {
      const backupFile = listedPath(options, name);
      if (backupFile === null) return notListed(name);
      const restored = await restoreBackup({
        ...options,
        backupFile,
        closeCurrent: () => options.host.suspend(),
        reopen: () => {
          options.host.resume();
        },
      });
      if (restored.ok) options.session.signOut();
      return restored;
    },
    idle: () => daily.idle(),
    stop: () => daily.stop(),
  };
}

/** Newest first, as a person looks for the one to restore. */
function listed(options: WebBackupsOptions): BackupListing[] {
  return listBackups(options.backupsDir)
    .reverse()
    .map((backup) => ({
      name: path.basename(backup.path),
      day: backup.day,
      time: backup.time.replaceAll('-', ':'),
      sizeBytes: fs.statSync(backup.path).size,
    }));
}

function listedPath(options: WebBackupsOptions, name: string): string | null {
  const backup = listBackups(options.backupsDir).find((each) => path.basename(each.path) === name);
  return backup === undefined ? null : backup.path;
}

function notListed(name: string): Result<never> {
  return {
    ok: false,
    error: {
      code: 'NOT_FOUND',
      message: `No backup named ${name} in the backups folder`,
      field: 'name',
    },
  };
}

function reportBackupError(error: unknown): void {
  console.error('[balancebook] the automatic backup failed', error);
}
