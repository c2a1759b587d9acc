/**
 * Reads an import file from disk for the channels (CSV, or a workbook: read-xlsx.ts): its size is checked before a byte is read,
 * so a 5 GB file is refused at once, then the bytes are read once for both the rows and the
 * SHA-256 that keys the batch, the parse letting the event loop turn between slices.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import { fileSha256 } from './file-digest.ts';
import { IMPORT_FILE_BYTES_MAX } from './limits.ts';
import type { CsvTable } from './read-csv.ts';
import { readCsvInTurns } from './read-csv-turns.ts';
import { isZip, readXlsx } from './read-xlsx.ts';

/** `sheets`: a workbook's sheet names (none for a CSV file). */
export type LoadedFile = CsvTable & {
  fileName: string;
  sha256: string;
  bytes: number;
  sheets: string[];
};

/**
 * `pause` lets the event loop turn between slices of a CSV file's parse (read-csv-turns.ts);
 * `sheet` names a workbook's sheet (its first by default).
 */
export async function loadImportFile(
  filePath: string,
  pause: () => Promise<void>,
  sheet?: string,
): Promise<LoadedFile> {
  const size = sizeOf(filePath);
  if (size > IMPORT_FILE_BYTES_MAX) {
    throw new AppError(
      'VALIDATION',
      `The file is larger than ${IMPORT_FILE_BYTES_MAX / 1024 / 1024} MB`,
      'path',
    );
  }
  const bytes = fs.readFileSync(filePath);
  const table = isZip(bytes)
    ? await readXlsx(bytes, sheet)
    : { ...(await readCsvInTurns(bytes, pause)), sheets: [] };
  return {
    headers: table.headers,
    rows: table.rows,
    sheets: table.sheets,
    fileName: path.basename(filePath),
    sha256: fileSha256(bytes),
    bytes: bytes.length,
  };
}

function sizeOf(filePath: string): number {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new Error('not a file');
    return stat.size;
  } catch {
    throw new AppError('VALIDATION', 'No file can be read at this path', 'path');
  }
}
