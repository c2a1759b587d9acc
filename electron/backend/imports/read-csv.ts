/**
 * Bytes to rows with csv-parse, never a hand-written splitter. Refuses, as a VALIDATION error on
 * `path` with nothing read, a file past the size cap, one that is not UTF-8 (a fatal
 * TextDecoder), not text (a NUL byte), a spreadsheet workbook, not CSV (csv-parse cannot read
 * it), without a header, with a blank or repeated header, or with more rows than the cap. A
 * leading BOM is dropped; the delimiter is a comma or a semicolon, whichever the header has
 * more of. Rows are numbered as a spreadsheet shows them (the header is row 1) and blank rows
 * are left out. Ragged rows are kept as they are: the preview names them by row and column.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors.ts';
import { IMPORT_COLUMNS_MAX, IMPORT_FILE_BYTES_MAX, IMPORT_ROWS_MAX } from './limits.ts';
import type { PackedRow } from './packed-row.ts';

export type CsvRow = { row: number; cells: string[] };
export type CsvTable = { headers: string[]; rows: CsvRow[] };

const FIELD = 'path';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const DELIMITERS = [',', ';'] as const;
const UTF8_CHUNK_BYTES = 1024 * 1024;
const HEADER_PROBE_BYTES = 64 * 1024;

function refuse(message: string): never {
  throw new AppError('VALIDATION', message, FIELD);
}

export function readCsv(bytes: Uint8Array): CsvTable {
  return tableOf(parseRecords(bytes, checkedDelimiter(bytes)));
}

/** The bytes checked as a whole (size, workbook, UTF-8, text), and the header's delimiter. */
export function checkedDelimiter(bytes: Uint8Array): string {
  if (bytes.length > IMPORT_FILE_BYTES_MAX) {
    refuse(`The file is larger than ${IMPORT_FILE_BYTES_MAX / 1024 / 1024} MB`);
  }
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) {
    refuse('The file is a spreadsheet workbook: save it as "CSV UTF-8" and choose that file');
  }
  refuseUnlessUtf8(bytes);
  if (bytes.includes(0)) refuse('The file is not a text file (CSV)');
  return delimiterOf(bytes);
}

/**
 * UTF-8 only, strictly: a byte that is not UTF-8 refuses the file rather than becoming "�".
 * Checked a megabyte at a time, so a 50 MB file is never held twice as text; csv-parse then
 * reads the bytes themselves (dropping a byte-order mark).
 */
function refuseUnlessUtf8(bytes: Uint8Array): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += UTF8_CHUNK_BYTES) {
      decoder.decode(bytes.subarray(at, at + UTF8_CHUNK_BYTES), { stream: true });
    }
    decoder.decode();
  } catch {
    refuse('The file is not UTF-8 text: save it as "CSV UTF-8" and choose it again');
  }
}

/**
 * The header's delimiter: the one of comma and semicolon that gives it more columns, read from
 * the file's start (the whole file only when a quoted cell runs past it).
 */
function delimiterOf(bytes: Uint8Array): string {
  const start = bytes.subarray(0, HEADER_PROBE_BYTES);
  const widths = DELIMITERS.map((delimiter) => headerWidth(start, delimiter));
  const isUnclear = widths.every((width) => width === 0) && start.length < bytes.length;
  const final = isUnclear ? DELIMITERS.map((delimiter) => headerWidth(bytes, delimiter)) : widths;
  return (final[1] ?? 0) > (final[0] ?? 0) ? ';' : ',';
}

function headerWidth(bytes: Uint8Array, delimiter: string): number {
  try {
    const [first] = parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), {
      delimiter,
      bom: true,
      to: 1,
      relax_column_count: true,
    });
    return first?.length ?? 0;
  } catch {
    return 0;
  }
}

/** csv-parse's options for the records (the sync and the streaming reader alike). */
export function recordOptions(delimiter: string) {
  return {
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    // One record more than the cap is enough to know the file is too long.
    to: IMPORT_ROWS_MAX + 2,
  };
}

function parseRecords(bytes: Uint8Array, delimiter: string): string[][] {
  try {
    return parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      recordOptions(delimiter),
    );
  } catch (error) {
    return notCsv(error);
  }
}

export function notCsv(error: unknown): never {
  const where = (error as { lines?: number }).lines;
  return refuse(`The file is not CSV${where === undefined ? '' : ` (line ${where})`}`);
}

/**
 * As `tableOf`, the header given apart and each further record already packed into one string
 * as it was parsed (packed-row.ts), so the file's rows are never all held as arrays of cells.
 */
export function tableOfPacked(headerCells: string[] | undefined, rows: readonly PackedRow[]) {
  const { headers } = tableOf(headerCells === undefined ? [] : [headerCells]);
  if (rows.length > IMPORT_ROWS_MAX) {
    refuse(`The file has more than ${IMPORT_ROWS_MAX.toLocaleString('en-US')} rows`);
  }
  return { headers, rows: rows.filter((row) => !isBlank(row.cells)) };
}

export function tableOf(records: string[][]): CsvTable {
  const [headerCells, ...rest] = records;
  if (headerCells === undefined || isBlank(headerCells)) refuse('The file has no header row');
  const headers = headerCells.map((cell) => cell.trim());
  checkHeaders(headers);
  if (rest.length > IMPORT_ROWS_MAX) {
    refuse(`The file has more than ${IMPORT_ROWS_MAX.toLocaleString('en-US')} rows`);
  }
  const rows: CsvRow[] = [];
  rest.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ row: index + 2, cells });
  });
  return { headers, rows };
}

function checkHeaders(headers: string[]): void {
  if (headers.length > IMPORT_COLUMNS_MAX) {
    refuse(`The file has more than ${IMPORT_COLUMNS_MAX} columns`);
  }
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    if (header === '') refuse(`Column ${index + 1} of the header row has no name`);
    if (seen.has(header.toLowerCase())) refuse(`The header "${header}" appears twice`);
    seen.add(header.toLowerCase());
  });
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
