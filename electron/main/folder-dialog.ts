/**
 * `app.chooseExportFolder` in the desktop app: the system's folder dialog, opening in the user's
 * Documents folder and able to make a new folder, then a safe new path in the chosen folder for
 * each file asked (file-names.ts: nothing on disk is ever overwritten). A cancelled dialog is
 * `{ folder: null, paths: [] }`. Electron's dialog comes in as a parameter.
 */
import type { ExportFolderChooser } from './gate.ts';
import { uniqueFilePaths } from './file-names.ts';

export type FolderDialogOptions = {
  title: string;
  defaultPath: string;
  properties: ('openDirectory' | 'createDirectory')[];
};

/** Electron's `dialog.showOpenDialog`, bound to the main window when there is one. */
export type ShowFolderDialog = (
  options: FolderDialogOptions,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

export type FolderDialogWiring = { showOpenDialog: ShowFolderDialog; documentsDir: () => string };

export function createFolderDialogChooser(wiring: FolderDialogWiring): ExportFolderChooser {
  return async (request) => {
    const chosen = await wiring.showOpenDialog({
      title: request.title,
      defaultPath: wiring.documentsDir(),
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = chosen.filePaths[0];
    if (chosen.canceled || folder === undefined) return { folder: null, paths: [] };
    return { folder, paths: uniqueFilePaths(folder, request.files) };
  };
}
