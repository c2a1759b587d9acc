/**
 * Writes the export's files into a new folder at the path the shell handed out. Invariants: the
 * folder is made here and must not exist yet (so nothing of the person's is ever replaced or
 * mixed in; CONFLICT on `path` otherwise), its parent must exist (VALIDATION on `path`); each
 * file is written atomically (files/write-atomic.ts), the manifest and README last, so a folder
 * holding a manifest is complete; on any failure the files written so far and the folder are
 * removed, and the error names the folder by its name only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import { writeFileAtomic } from '../../files/write-atomic.ts';
import type { CsvFile } from './csv.ts';

export type WrittenFile = { name: string; path: string; rows: number; bytes: number };

function makeFolder(target: string): void {
  const name = path.basename(target);
  try {
    fs.mkdirSync(target);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'an error';
    if (code === 'EEXIST') {
      throw new AppError(
        'CONFLICT',
        `A file or folder named ${name} is already there; it was kept`,
        'path',
      );
    }
    if (code === 'ENOENT') {
      const parent = path.basename(path.dirname(target));
      throw new AppError('VALIDATION', `The folder ${parent} does not exist`, 'path');
    }
    throw new AppError('VALIDATION', `Cannot make the folder ${name} (${code})`, 'path');
  }
}

/** Removes what this export wrote, and the folder if nothing else was put in it meanwhile. */
function removeWritten(target: string, written: readonly WrittenFile[]): void {
  for (const file of written) fs.rmSync(file.path, { force: true });
  try {
    fs.rmdirSync(target);
  } catch {
    // Someone put a file of their own in the new folder meanwhile: it stays, and so does the folder.
  }
}

export function writeBookFolder(target: string, files: readonly CsvFile[]): WrittenFile[] {
  makeFolder(target);
  const written: WrittenFile[] = [];
  try {
    for (const file of files) {
      const filePath = path.join(target, file.file);
      const bytes = writeFileAtomic(filePath, file.text, { overwrite: false });
      written.push({ name: file.file, path: filePath, rows: file.rows, bytes });
    }
  } catch (error) {
    removeWritten(target, written);
    throw error;
  }
  return written;
}
