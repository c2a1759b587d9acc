/**
 * Files and folders the shell finds at run time. The build copies the engine's migrations next to
 * the main bundle (out/main/migrations); electron-builder ships them as an extra resource outside
 * the asar archive, in `<resources>/migrations`. The ledger and its backups live in the user-data
 * folder, which is `<appData>/Balancebook` whether the app is packaged or not (main sets it, so a
 * development run and the web bridge open the same file). No `electron` import: the web bridge
 * uses this module too.
 */
import path from 'node:path';

export const MIGRATIONS_FOLDER_NAME = 'migrations';
export const LEDGER_FILE_NAME = 'balancebook.sqlite';
export const BACKUPS_FOLDER_NAME = 'backups';
/** The folder inside the system's application-data folder (Electron's productName). */
export const APP_FOLDER_NAME = 'Balancebook';

export type MigrationsLocation = {
  isPackaged: boolean;
  /** `process.resourcesPath` */
  resourcesPath: string;
  /** The folder of the built main bundle (out/main). */
  mainDir: string;
};

export function resolveMigrationsFolder(location: MigrationsLocation): string {
  const base = location.isPackaged ? location.resourcesPath : location.mainDir;
  return path.join(base, MIGRATIONS_FOLDER_NAME);
}

export function ledgerPath(userDataDir: string): string {
  return path.join(userDataDir, LEDGER_FILE_NAME);
}

export function backupsPath(userDataDir: string): string {
  return path.join(userDataDir, BACKUPS_FOLDER_NAME);
}

/** Electron's `userData` for this app, given its `appData`. */
export function userDataPath(appDataDir: string): string {
  return path.join(appDataDir, APP_FOLDER_NAME);
}
