/**
 * Where the web bridge finds the ledger: the very folder Electron's `app.getPath('userData')`
 * gives the desktop app (`<appData>/Balancebook`), so both open the same file, unless
 * BALANCEBOOK_DATA_DIR names another. appData is `$XDG_CONFIG_HOME` or `~/.config` on Linux,
 * `~/Library/Application Support` on macOS and `%APPDATA%` on Windows, as Electron has it.
 */
import path from 'node:path';
import { APP_FOLDER_NAME } from '../main/paths.ts';

export const DATA_DIR_VARIABLE = 'BALANCEBOOK_DATA_DIR';

export type DataDirOptions = {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
};

export function resolveDataDir(options: DataDirOptions): string {
  const override = options.env[DATA_DIR_VARIABLE];
  if (override) return path.resolve(override);
  const flavour = options.platform === 'win32' ? path.win32 : path.posix;
  const join = (...parts: string[]): string => flavour.join(...parts);
  return join(appDataDir(options, join), APP_FOLDER_NAME);
}

function appDataDir(
  { platform, env, homeDir }: DataDirOptions,
  join: (...parts: string[]) => string,
): string {
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support');
  if (platform === 'win32') return env['APPDATA'] || join(homeDir, 'AppData', 'Roaming');
  return env['XDG_CONFIG_HOME'] || join(homeDir, '.config');
}
