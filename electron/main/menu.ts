/**
 * The application menu as a template built from injected actions, so it is tested without
 * Electron. File holds the ledger's own commands (back up, restore, open the data folder, export
 * the whole book) and Quit; Edit holds the standard roles, without which copy and paste do not work on macOS; View
 * holds zoom and full screen, plus reload and developer tools only in an unpackaged build.
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = {
  backUpNow: () => void;
  restoreFromBackup: () => void;
  openDataFolder: () => void;
  exportBook: () => void;
  quit: () => void;
};

export type MenuContext = { isPackaged: boolean; platform: NodeJS.Platform };

export const MENU_LABELS = {
  backUpNow: 'Back up now',
  restoreFromBackup: 'Restore from backup…',
  openDataFolder: 'Open data folder',
  exportBook: 'Export the whole book…',
  quit: 'Quit',
} as const;

export function buildMenuTemplate(
  actions: MenuActions,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const file: MenuItemConstructorOptions[] = [
    { label: MENU_LABELS.backUpNow, click: actions.backUpNow },
    { label: MENU_LABELS.restoreFromBackup, click: actions.restoreFromBackup },
    { type: 'separator' },
    { label: MENU_LABELS.openDataFolder, click: actions.openDataFolder },
    { label: MENU_LABELS.exportBook, click: actions.exportBook },
  ];
  if (!isMac) {
    file.push(
      { type: 'separator' },
      { label: MENU_LABELS.quit, accelerator: 'CmdOrCtrl+Q', click: actions.quit },
    );
  }
  const developer: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: file },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developer,
      ],
    },
  ];
}
