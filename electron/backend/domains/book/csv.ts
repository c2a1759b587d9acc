/**
 * The whole-book export's CSV: the statement CSV's conventions (files/csv-cells.ts prints every
 * text cell): UTF-8 with a byte-order mark, so Excel reads
 * accents and LibreOffice picks UTF-8 without asking; RFC 4180 (comma, CRLF between rows, a cell
 * quoted when it holds a comma, quote or line break, quotes doubled); a header row. Invariants:
 * an amount is a plain decimal string in its row's currency (`-12.50` stays a number, never
 * prefixed, and is asserted to be one); dates are `YYYY-MM-DD` and instants ISO 8601 UTC; every
 * text cell is formula-safe (one starting with = + - @, a tab or a carriage return gets a leading
 * apostrophe); an empty value is an empty cell.
 */
import { dateInZone, DATE_PATTERN } from '../../../../shared/dates.ts';
import { assert } from '../../../../shared/errors.ts';
import { DECIMAL_PATTERN, minor, toMoney } from '../../../../shared/money.ts';
import { textCell } from '../../files/csv-cells.ts';
import type { BookRow } from './repo.ts';
import type { ColumnSpec, TableSpec } from './tables.ts';

export const BOM = '\uFEFF';
export const ROW_END = '\r\n';

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type CsvFile = { file: string; text: string; rows: number };

/** A value that must match `pattern` to print as it is; anything else prints as safe text. */
function patterned(value: string, pattern: RegExp): string {
  return pattern.test(value) ? value : textCell(value);
}

function moneyCell(value: unknown, currency: unknown): string {
  const minorUnits = Number(value);
  assert(typeof currency === 'string', 'a money column needs its row currency');
  const amount = toMoney(minor(minorUnits), currency);
  assert(DECIMAL_PATTERN.test(amount), () => `not a decimal amount: ${amount}`);
  return amount;
}

/** A query value as text: SQLite gives strings and numbers only. */
function asText(value: unknown): string {
  assert(typeof value === 'string' || typeof value === 'number', 'not a SQLite text or number');
  return String(value);
}

export function cell(column: ColumnSpec, row: BookRow, timeZone: string): string {
  const raw = row[column.from ?? column.header];
  if (raw === null || raw === undefined || raw === '') return '';
  const value = asText(raw);
  switch (column.kind) {
    case 'text':
    case 'json':
      return textCell(value);
    case 'lines':
      return textCell(value, 'multi');
    case 'money':
      return moneyCell(value, row.currency);
    case 'decimal':
      return patterned(value, DECIMAL_PATTERN);
    case 'date':
      return patterned(value, DATE_PATTERN);
    case 'instant':
      return patterned(value, INSTANT_PATTERN);
    case 'businessDate':
      return dateInZone(new Date(value), timeZone);
    case 'count':
      assert(Number.isSafeInteger(Number(value)), () => `not a count: ${value}`);
      return String(Number(value));
    case 'flag':
      return Number(value) === 1 ? 'true' : 'false';
  }
}

/** Rows laid out between two pauses, so a large book never holds the event loop for long. */
export const LAYOUT_ROWS_MAX = 2000;

/** Lets other work run (the engine's other calls, the window) between two parts of a layout. */
export type Pause = () => Promise<void>;

/** One table's file: header row, then a row per record, each ending in CRLF. */
export async function tableCsv(
  spec: TableSpec,
  rows: readonly BookRow[],
  options: { timeZone: string; pause: Pause },
): Promise<CsvFile> {
  const lines = [spec.columns.map((column) => column.header).join(',')];
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % LAYOUT_ROWS_MAX === 0) await options.pause();
    lines.push(spec.columns.map((column) => cell(column, row, options.timeZone)).join(','));
  }
  return { file: spec.file, text: `${BOM}${lines.join(ROW_END)}${ROW_END}`, rows: rows.length };
}

/** Any table of plain cells (the manifest), every cell printed as safe text. */
export function plainCsv(file: string, header: string[], rows: string[][]): CsvFile {
  const lines = [
    header.join(','),
    ...rows.map((row) => row.map((value) => textCell(value)).join(',')),
  ];
  return { file, text: `${BOM}${lines.join(ROW_END)}${ROW_END}`, rows: rows.length };
}
