/**
 * Proves that import files are read with csv-parse into numbered rows, and that a file that is
 * too large, too long, not UTF-8, not text, a workbook or not CSV is refused on `path`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { fileSha256 } from '../../electron/backend/imports/file-digest.ts';
import {
  IMPORT_COLUMNS_MAX,
  IMPORT_FILE_BYTES_MAX,
  IMPORT_ROWS_MAX,
} from '../../electron/backend/imports/limits.ts';
import { loadImportFile } from '../../electron/backend/imports/load-file.ts';
import { readCsv } from '../../electron/backend/imports/read-csv.ts';
import {
  CSV_BYTES_PER_TURN,
  readCsvInTurns,
} from '../../electron/backend/imports/read-csv-turns.ts';
import { bytesOf, csv } from './given.ts';

function refusal(read: () => unknown): { code: string; field: string | undefined } {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function refusalOf(read: () => Promise<unknown>) {
  try {
    await read();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

const REFUSED_ON_PATH = { code: 'VALIDATION', field: 'path' };
const noPause = () => Promise.resolve();

describe('readCsv', () => {
  it('reads headers and rows numbered as a spreadsheet shows them, skipping blank rows', () => {
    const table = readCsv(bytesOf(csv('name,currency', 'Acme,EUR', '', ',', '"Zoë, Ltd",PLN')));
    expect(table.headers).toEqual(['name', 'currency']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Acme', 'EUR'] },
      { row: 5, cells: ['Zoë, Ltd', 'PLN'] },
    ]);
  });

  it('drops a byte-order mark and reads a semicolon file', () => {
    const table = readCsv(bytesOf(`\uFEFF${csv('name;amount', 'Acme;1.234,56')}`));
    expect(table.headers).toEqual(['name', 'amount']);
    expect(table.rows[0]?.cells).toEqual(['Acme', '1.234,56']);
  });

  it('finds the delimiter even when a quoted header cell runs past the part read first', () => {
    const long = 'x'.repeat(70 * 1024);
    const table = readCsv(bytesOf(csv(`"${long}";amount`, 'a;1,50')));
    expect(table.headers).toEqual([long, 'amount']);
  });

  it('keeps quoted line breaks and doubled quotes inside one cell', () => {
    const table = readCsv(bytesOf(csv('name,address', 'Acme,"1 Main St\nSuite ""B"""')));
    expect(table.rows[0]?.cells[1]).toBe('1 Main St\nSuite "B"');
  });

  it('keeps ragged rows as they are, for the preview to name', () => {
    const table = readCsv(bytesOf(csv('a,b,c', '1,2', '1,2,3,4')));
    expect(table.rows.map((row) => row.cells.length)).toEqual([2, 4]);
  });

  it('refuses a file that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...bytesOf('name\n'), 0x5a, 0x6f, 0xeb, 0x0a]);
    expect(refusal(() => readCsv(latin1))).toEqual(REFUSED_ON_PATH);
  });

  it('reads a character split across the megabyte the check reads at a time', () => {
    const name = `${'a'.repeat(1024 * 1024 - 6)}ż`;
    const table = readCsv(bytesOf(csv('name', name)));
    expect(table.rows[0]?.cells[0]).toBe(name);
  });

  it('refuses a file whose last character is cut short', () => {
    const cut = bytesOf('name\nż').subarray(0, 6);
    expect(refusal(() => readCsv(cut))).toEqual(REFUSED_ON_PATH);
  });

  it('refuses a binary file and a workbook', () => {
    expect(refusal(() => readCsv(bytesOf('name\nA\u0000B\n')))).toEqual(REFUSED_ON_PATH);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x41, 0x0a]);
    expect(refusal(() => readCsv(zip))).toEqual(REFUSED_ON_PATH);
  });

  it('refuses a file csv-parse cannot read (an unclosed quote)', () => {
    expect(refusal(() => readCsv(bytesOf(csv('name,currency', '"Acme,EUR'))))).toEqual(
      REFUSED_ON_PATH,
    );
  });

  it('refuses an empty file and a blank, repeated or too wide header', () => {
    expect(refusal(() => readCsv(bytesOf('')))).toEqual(REFUSED_ON_PATH);
    expect(refusal(() => readCsv(bytesOf(csv('name,,currency'))))).toEqual(REFUSED_ON_PATH);
    expect(refusal(() => readCsv(bytesOf(csv('Name,name'))))).toEqual(REFUSED_ON_PATH);
    const wide = Array.from({ length: IMPORT_COLUMNS_MAX + 1 }, (_, index) => `c${index}`);
    expect(refusal(() => readCsv(bytesOf(csv(wide.join(',')))))).toEqual(REFUSED_ON_PATH);
    expect(readCsv(bytesOf(csv(wide.slice(1).join(',')))).headers).toHaveLength(IMPORT_COLUMNS_MAX);
  });

  it('reads exactly the row cap and refuses one row more', () => {
    const rows = (count: number): string => `name\n${'A\n'.repeat(count)}`;
    expect(readCsv(bytesOf(rows(IMPORT_ROWS_MAX))).rows).toHaveLength(IMPORT_ROWS_MAX);
    expect(refusal(() => readCsv(bytesOf(rows(IMPORT_ROWS_MAX + 1))))).toEqual(REFUSED_ON_PATH);
  });

  it('refuses a file past the size cap before decoding it', () => {
    const large = new Uint8Array(IMPORT_FILE_BYTES_MAX + 1).fill(0x41);
    expect(refusal(() => readCsv(large))).toEqual(REFUSED_ON_PATH);
  });
});

describe('loadImportFile', () => {
  it('reads a file from disk with its name and SHA-256, the same for the same bytes', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const file = path.join(folder, 'customers.csv');
    const text = csv('name,currency', 'Acme,EUR');
    fs.writeFileSync(file, text);
    const loaded = await loadImportFile(file, noPause);
    expect(loaded.fileName).toBe('customers.csv');
    expect(loaded.sha256).toBe(fileSha256(bytesOf(text)));
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fileSha256(bytesOf(`${text} `))).not.toBe(loaded.sha256);
    fs.rmSync(folder, { recursive: true });
  });

  it('refuses a missing file, a folder and a file past the cap without reading it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const large = path.join(folder, 'large.csv');
    fs.writeFileSync(large, '');
    fs.truncateSync(large, IMPORT_FILE_BYTES_MAX + 1);
    const none = path.join(folder, 'none.csv');
    expect(await refusalOf(() => loadImportFile(none, noPause))).toEqual(REFUSED_ON_PATH);
    expect(await refusalOf(() => loadImportFile(folder, noPause))).toEqual(REFUSED_ON_PATH);
    const read = vi.spyOn(fs, 'readFileSync');
    expect(await refusalOf(() => loadImportFile(large, noPause))).toEqual(REFUSED_ON_PATH);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    fs.rmSync(folder, { recursive: true });
  });
});

describe('readCsvInTurns', () => {
  it('reads as readCsv does, letting the event loop turn between slices of bytes', async () => {
    const lines = ['name,currency,note'];
    for (let index = 0; index < 20_000; index += 1) {
      lines.push(`Customer ${index},EUR,"a note, quoted\non two lines ${index}"`);
    }
    const bytes = bytesOf(csv(...lines));
    expect(bytes.length).toBeGreaterThan(3 * CSV_BYTES_PER_TURN);
    let pauses = 0;
    const table = await readCsvInTurns(bytes, () => {
      pauses += 1;
      return Promise.resolve();
    });
    // Each row is kept packed (packed-row.ts); its number and cells are readCsv's.
    const rows = table.rows.map(({ row, cells }) => ({ row, cells }));
    expect({ headers: table.headers, rows }).toEqual(readCsv(bytes));
    expect(table.rows).toHaveLength(20_000);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(bytes.length / CSV_BYTES_PER_TURN));
  });

  it('refuses what readCsv refuses, on path', async () => {
    const broken = bytesOf(csv('name,currency', '"Acme,EUR', 'Zoë "Ltd",PLN'));
    expect(refusal(() => readCsv(broken))).toEqual(REFUSED_ON_PATH);
    expect(await refusalOf(() => readCsvInTurns(broken, noPause))).toEqual(REFUSED_ON_PATH);
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]);
    expect(await refusalOf(() => readCsvInTurns(workbook, noPause))).toEqual(REFUSED_ON_PATH);
  });
});
