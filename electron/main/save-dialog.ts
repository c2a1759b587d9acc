/**
 * `app.chooseSavePath` in the desktop app: the system's save dialog, opening in the user's
 * Documents folder on the suggested (sanitised) name, filtered to the export's extension. A
 * cancelled dialog is `{ path: null }`; a name typed without the extension gets it, so the engine
 * writes `statement.pdf`, not `statement`. The dialog asks before a file is replaced, so the path
 * it returned may replace one (`overwrite`); a path with the extension added was never asked
 * about, so it may not. Electron's dialog comes in as a parameter.
 */
import path from 'node:path';
import type { SavePathChooser } from './gate.ts';
import { safeFileName } from './file-names.ts';

export type SaveDialogOptions = {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: 'showOverwriteConfirmation'[];
};

/** Electron's `dialog.showSaveDialog`, bound to the main window when there is one. */
export type ShowSaveDialog = (
  options: SaveDialogOptions,
) => Promise<{ canceled: boolean; filePath?: string }>;

export type SaveDialogWiring = { showSaveDialog: ShowSaveDialog; documentsDir: () => string };

const FILTER_NAMES = {
  pdf: 'PDF document',
  csv: 'CSV spreadsheet',
  eml: 'Email draft',
} as const;

export function createSaveDialogChooser(wiring: SaveDialogWiring): SavePathChooser {
  return async (request) => {
    const chosen = await wiring.showSaveDialog({
      title: request.title,
      defaultPath: path.join(wiring.documentsDir(), safeFileName(request)),
      filters: [{ name: FILTER_NAMES[request.extension], extensions: [request.extension] }],
      properties: ['showOverwriteConfirmation'],
    });
    if (chosen.canceled || !chosen.filePath) return { path: null };
    const suffix = `.${request.extension}`;
    const hasSuffix = chosen.filePath.toLowerCase().endsWith(suffix);
    if (hasSuffix) return { path: chosen.filePath, overwrite: true };
    return { path: `${chosen.filePath}${suffix}`, overwrite: false };
  };
}
