/**
 * A workbook (.xlsx) to the same table of text cells a CSV file gives, read with exceljs: the
 * first sheet, or the one named. A number cell becomes its shortest decimal string (never a
 * float's rounding: 0.1 + 0.2 stays 0.30000000000000004, which the currency's decimals then
 * refuse by row and column), a date cell its ISO date, a formula its result, rich text its
 * words. Refuses, as a VALIDATION error, a workbook exceljs cannot read or without sheets
 * (`path`), a sheet of that name missing (`options.sheet`), and the CSV caps (rows, columns,
 * header) alike. Rows are numbered as the sheet shows them; blank rows are left out. exceljs
 * is loaded on the first workbook read (38 MB resident and half a second to load: a CSV import,
 * and the import worker's thread, never pay for it).
 */
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors.ts';
import { IMPORT_ROWS_MAX } from './limits.ts';
import { tableOf, type CsvTable } from './read-csv.ts';

export type WorkbookTable = CsvTable & { sheets: string[]; sheet: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<WorkbookTable> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as never);
  } catch {
    throw new AppError('VALIDATION', 'The file is not a workbook that can be read (.xlsx)', 'path');
  }
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet =
    sheetName === undefined
      ? workbook.worksheets[0]
      : workbook.worksheets.find((candidate) => candidate.name === sheetName);
  if (worksheet === undefined) {
    if (sheetName === undefined) {
      throw new AppError('VALIDATION', 'The workbook has no sheet', 'path');
    }
    throw new AppError('VALIDATION', `The workbook has no sheet "${sheetName}"`, 'options.sheet');
  }
  if (worksheet.actualRowCount > IMPORT_ROWS_MAX + 1) {
    const most = IMPORT_ROWS_MAX.toLocaleString('en-US');
    throw new AppError('VALIDATION', `The file has more than ${most} rows`, 'path');
  }
  return { ...tableOf(recordsOf(worksheet)), sheets, sheet: worksheet.name };
}

/** Every row from the first, as text cells; a row missing from the sheet is a blank record. */
function recordsOf(worksheet: ExcelJS.Worksheet): string[][] {
  const records: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    while (records.length < number - 1) records.push([]);
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push(Array.from({ length: cells.length }, (_, index) => cells[index] ?? ''));
  });
  return records;
}

/** A cell's value as the text a CSV file would hold for it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('text' in value) return value.text;
  if ('error' in value) return value.error;
  return '';
}

/**
 * The shortest decimal string that reads back as the same number (JavaScript's own), written
 * without an exponent: 1e-7 becomes 0.0000001, 1e21 its digits.
 */
function numberText(value: number): string {
  const shortest = String(value);
  if (!/e/i.test(shortest)) return shortest;
  const [mantissa = '', exponentText = '0'] = shortest.toLowerCase().split('e');
  const exponent = Number.parseInt(exponentText, 10);
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const text =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${text}` : text;
}
