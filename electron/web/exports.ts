/**
 * Exports from the web bridge. A browser has no save dialog the bridge can open, so
 * `app.chooseSavePath` answers with a fresh file in `<dataDir>/exports/` named after the
 * suggestion (sanitised, numbered when taken), and `app.chooseExportFolder` with the folder there
 * named after the dialog's title (made if new) and a new path in it for each file asked. As on
 * the desktop, the gate lets an engine call write only a path handed out so, once, and never
 * over a file already there (no dialog asked the person); on top of that, a `path` outside that
 * folder is refused here, so a page holding the token still cannot write elsewhere on the disk.
 * Errors name files relative to the exports folder (`exports/…`), never the computer's folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../shared/errors.ts';
import type { ExportFolderChooser, SavePathChooser } from '../main/gate.ts';
import {
  safeFileName,
  safeFolderName,
  uniqueFilePath,
  uniqueFilePaths,
} from '../main/file-names.ts';

export const EXPORTS_FOLDER_NAME = 'exports';

export function createExportsChooser(exportsDir: string): SavePathChooser {
  return (request) => {
    fs.mkdirSync(exportsDir, { recursive: true });
    const fileName = safeFileName(request);
    return Promise.resolve({ path: uniqueFilePath({ folder: exportsDir, fileName }) });
  };
}

export function createExportsFolderChooser(exportsDir: string): ExportFolderChooser {
  return (request) => {
    const folder = path.join(exportsDir, safeFolderName(request.title));
    fs.mkdirSync(folder, { recursive: true });
    return Promise.resolve({ folder, paths: uniqueFilePaths(folder, request.files) });
  };
}

export const OUTSIDE_EXPORTS: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'In the browser, files are saved only in the exports folder',
    field: 'path',
  },
};

/** True unless the input names a `path` outside `exportsDir`. */
export function staysInExports(input: unknown, exportsDir: string): boolean {
  if (typeof input !== 'object' || input === null || !('path' in input)) return true;
  const target = input.path;
  if (typeof target !== 'string') return true;
  const root = path.resolve(exportsDir);
  return path.resolve(target).startsWith(root + path.sep);
}

/** The result with every mention of the exports folder in its error message made relative. */
export function relativeToExports(result: Result<unknown>, exportsDir: string): Result<unknown> {
  if (result.ok) return result;
  const root = path.resolve(exportsDir);
  const message = result.error.message
    .split(`${root}${path.sep}`)
    .join(`${EXPORTS_FOLDER_NAME}/`)
    .split(root)
    .join(EXPORTS_FOLDER_NAME);
  return { ok: false, error: { ...result.error, message } };
}
