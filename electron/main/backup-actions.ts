/**
 * What the File menu's ledger commands do, with Electron's dialogs and shell passed in so tests
 * use fakes. Back up now writes a backup and says where; Restore asks for a .sqlite file, asks
 * again before replacing anything, restores through electron/backup (which refuses a damaged,
 * foreign or newer file and leaves the ledger untouched), then signs out and reloads the window,
 * because the restored file may not know the signed-in user. Every failure is shown with
 * `showErrorBox`; no action rejects.
 */
import { backupNow } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import type { EngineHost } from './engine-host.ts';
import type { Session } from './session.ts';

export type OpenDialogOptions = {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: 'openFile'[];
};

export type MessageBoxOptions = {
  type: 'info' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
};

/** The parts of Electron's `dialog` used here, bound to the main window when there is one. */
export type BackupDialogs = {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
};

export type BackupActionsWiring = {
  dialogs: BackupDialogs;
  /** Electron's `shell.openPath`: resolves to an error message, or '' on success. */
  openPath(folder: string): Promise<string>;
  host: Pick<EngineHost, 'suspend' | 'resume'>;
  session: Session;
  reloadWindow(): void;
  dataDir: string;
  dbPath: string;
  backupsDir: string;
  migrationsFolder: string;
  now: () => Date;
  /** Names backups by the clock in this zone; the system's by default. */
  timeZone?: string;
};

export type BackupActions = {
  backUpNow(): Promise<void>;
  restoreFromBackup(): Promise<void>;
  openDataFolder(): Promise<void>;
};

export const RESTORE_BUTTON = 0;

export function createBackupActions(wiring: BackupActionsWiring): BackupActions {
  const { dialogs } = wiring;
  const inform = async (title: string, message: string, detail: string): Promise<void> => {
    const buttons = ['OK'];
    await dialogs.showMessageBox({
      type: 'info',
      title,
      message,
      detail,
      buttons,
      defaultId: 0,
      cancelId: 0,
    });
  };

  const confirmRestore = async (file: string): Promise<boolean> => {
    const answer = await dialogs.showMessageBox({
      type: 'warning',
      title: 'Restore from backup',
      message: 'Replace the current ledger with this backup?',
      detail: [
        file,
        '',
        'Everything recorded since that backup will be gone.',
        `A copy of the current ledger is kept in ${wiring.backupsDir} first.`,
      ].join('\n'),
      buttons: ['Restore', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return answer.response === RESTORE_BUTTON;
  };

  const restoreFromBackup = async (): Promise<void> => {
    const chosen = await dialogs.showOpenDialog({
      title: 'Restore from backup',
      defaultPath: wiring.backupsDir,
      filters: [{ name: 'Balancebook backup', extensions: ['sqlite'] }],
      properties: ['openFile'],
    });
    const file = chosen.filePaths[0];
    if (chosen.canceled || file === undefined || !(await confirmRestore(file))) return;
    const restored = await restoreBackup({
      ...wiring,
      backupFile: file,
      closeCurrent: () => wiring.host.suspend(),
      reopen: () => {
        wiring.host.resume();
      },
    });
    if (!restored.ok) {
      dialogs.showErrorBox('The backup was not restored', restored.error.message);
      return;
    }
    wiring.session.signOut();
    wiring.reloadWindow();
    const kept = restored.data.safetyBackup ?? 'nowhere (there was no ledger)';
    const after = restored.data.backupAfter;
    await inform(
      'Backup restored',
      'The backup was restored.',
      [
        `The previous ledger was kept at ${kept}.`,
        after === null
          ? 'The restored ledger could not be backed up: use Back up now.'
          : `The restored ledger was backed up at ${after}.`,
      ].join('\n'),
    );
  };

  return {
    backUpNow: guarded(dialogs, 'The backup failed', async () => {
      const written = await backupNow(wiring);
      await inform('Backup saved', 'The ledger was backed up.', written);
    }),
    restoreFromBackup: guarded(dialogs, 'The backup was not restored', restoreFromBackup),
    openDataFolder: guarded(dialogs, 'The data folder could not be opened', async () => {
      const problem = await wiring.openPath(wiring.dataDir);
      if (problem !== '') dialogs.showErrorBox('The data folder could not be opened', problem);
    }),
  };
}

/** The action, with anything it throws shown to the person instead of rejecting. */
function guarded(
  dialogs: BackupDialogs,
  title: string,
  action: () => Promise<void>,
): () => Promise<void> {
  return async () => {
    try {
      await action();
    } catch (error) {
      console.error(`[balancebook] ${title}`, error);
      dialogs.showErrorBox(title, error instanceof Error ? error.message : String(error));
    }
  };
}
