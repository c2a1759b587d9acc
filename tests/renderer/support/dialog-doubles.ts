/**
 * Stand-ins for Electron's dialogs, handed to the shipped choosers (electron/main/save-dialog.ts
 * and folder-dialog.ts) exactly where main hands them Electron's: the save dialog accepts the
 * name the chooser suggests, in the test's folder; the folder dialog picks `chosen-folder` there
 * (made if missing). Everything after the dialog (names, extensions, new paths) is shipped code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createFolderDialogChooser } from '../../../electron/main/folder-dialog.ts';
import type { ExportFolderChooser, SavePathChooser } from '../../../electron/main/gate.ts';
import { createSaveDialogChooser } from '../../../electron/main/save-dialog.ts';
import { createFileStager, type FileStager } from '../../../electron/main/staging.ts';

export const CHOSEN_FOLDER = 'chosen-folder';

export type Choosers = {
  chooseSavePath: SavePathChooser;
  chooseExportFolder: ExportFolderChooser;
  stageFile: FileStager;
};

export function shippedChoosers(saveDir: string): Choosers {
  const documentsDir = (): string => saveDir;
  return {
    stageFile: createFileStager(path.join(saveDir, 'to-verify')),
    chooseSavePath: createSaveDialogChooser({
      showSaveDialog: (options) =>
        Promise.resolve({ canceled: false, filePath: options.defaultPath }),
      documentsDir,
    }),
    chooseExportFolder: createFolderDialogChooser({
      showOpenDialog: () => {
        const folder = path.join(saveDir, CHOSEN_FOLDER);
        fs.mkdirSync(folder, { recursive: true });
        return Promise.resolve({ canceled: false, filePaths: [folder] });
      },
      documentsDir,
    }),
  };
}
