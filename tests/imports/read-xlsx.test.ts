/**
 * Proves that a workbook (.xlsx, made in the test with exceljs) is read like a CSV file: its
 * first sheet or the one named, numbers through their shortest decimal string (a float's
 * rounding is refused by the currency's decimals, by row and column), date cells as ISO dates,
 * formulas by their result, and that a missing sheet, an unreadable workbook and the caps are
 * refused on their field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it, onTestFinished } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { IMPORT_FILE_BYTES_MAX } from '../../electron/backend/imports/limits.ts';
import { loadImportFile } from '../../electron/backend/imports/load-file.ts';
import { cellText, readXlsx } from '../../electron/backend/imports/read-xlsx.ts';
import { previewImport } from '../../electron/backend/imports/preview.ts';
import { givenCustomer, TODAY } from './given.ts';

type Sheet = { name: string; rows: ExcelJS.CellValue[][] };

async function workbookBytes(...sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(read: () => Promise<unknown>) {
  try {
    await read();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

const LOTS_HEADER = ['customer_name', 'currency', 'amount', 'kind', 'expires_on', 'opened_on'];

it('reads the first sheet, numbers and dates exactly, formulas by their result', async () => {
  const bytes = await workbookBytes(
    {
      name: 'Lots',
      rows: [
        LOTS_HEADER,
        ['Acme Studio', 'EUR', 100.5, 'paid', null, new Date(Date.UTC(2026, 0, 31))],
        [],
        ['Acme Studio', 'EUR', { formula: '1+2', result: 3 }, 'paid', null, '2026-02-01'],
      ],
    },
    { name: 'Other', rows: [['name'], ['x']] },
  );
  const table = await readXlsx(bytes);
  expect(table.sheets).toEqual(['Lots', 'Other']);
  expect(table.headers).toEqual(LOTS_HEADER);
  expect(table.rows).toEqual([
    { row: 2, cells: ['Acme Studio', 'EUR', '100.5', 'paid', '', '2026-01-31'] },
    { row: 4, cells: ['Acme Studio', 'EUR', '3', 'paid', '', '2026-02-01'] },
  ]);
  const other = await readXlsx(bytes, 'Other');
  expect([other.sheet, other.headers, other.rows]).toEqual([
    'Other',
    ['name'],
    [{ row: 2, cells: ['x'] }],
  ]);
});

it('refuses a float rounding past the currency decimals by row and column', async () => {
  const bytes = await workbookBytes({
    name: 'Lots',
    rows: [
      LOTS_HEADER,
      ['Acme Studio', 'EUR', 0.1 + 0.2, 'paid', null, '2026-01-01'],
      ['Acme Studio', 'EUR', 0.3, 'paid', null, '2026-01-01'],
    ],
  });
  const table = await readXlsx(bytes);
  expect(table.rows[0]?.cells[2]).toBe('0.30000000000000004');
  const preview = previewImport({
    kind: 'opening_lots',
    table,
    sha256: 'x'.repeat(64),
    mapping: {},
    decimalSeparator: 'dot',
    customers: [givenCustomer()],
    today: TODAY,
  });
  expect(preview.problems.map((problem) => [problem.row, problem.column])).toEqual([[2, 'amount']]);
});

it('writes numbers without an exponent', () => {
  expect([cellText(1e-7), cellText(-2.5e-8), cellText(1e21), cellText(12.25)]).toEqual([
    '0.0000001',
    '-0.000000025',
    '1000000000000000000000',
    '12.25',
  ]);
});

it('refuses a missing sheet on options.sheet, a broken workbook and a file past the cap on path', async () => {
  const bytes = await workbookBytes({ name: 'Lots', rows: [LOTS_HEADER] });
  expect(await refusal(() => readXlsx(bytes, 'Nope'))).toEqual({
    code: 'VALIDATION',
    field: 'options.sheet',
  });
  const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  expect(await refusal(() => readXlsx(broken))).toEqual({ code: 'VALIDATION', field: 'path' });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-xlsx-'));
  onTestFinished(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const large = path.join(folder, 'large.xlsx');
  fs.writeFileSync(large, bytes);
  fs.truncateSync(large, IMPORT_FILE_BYTES_MAX + 1);
  const pause = () => Promise.resolve();
  expect(await refusal(() => loadImportFile(large, pause))).toEqual({
    code: 'VALIDATION',
    field: 'path',
  });
  const small = path.join(folder, 'lots.xlsx');
  fs.writeFileSync(small, bytes);
  const loaded = await loadImportFile(small, pause);
  expect([loaded.fileName, loaded.sheets, loaded.headers]).toEqual([
    'lots.xlsx',
    ['Lots'],
    LOTS_HEADER,
  ]);
});
