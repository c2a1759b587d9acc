/**
 * One file row read through the mapping: ragged rows named (a missing cell by its header, an
 * extra non-empty cell by its position), every mapped cell read by its field's type, required
 * cells present, and amounts exact in the row's currency. Gives each field's value (null when
 * empty or unreadable) and the row's problems; the kind's rules come after.
 */
import { IMPORT_REQUIRED, type ImportKind } from '../../../shared/contract/schemas/imports.ts';
import type { ImportProblem } from '../../../shared/contract/import-types.ts';
import { assert } from '../../../shared/errors.ts';
import { exactAmount } from './amounts.ts';
import { readCell, type Choices } from './cells.ts';
import { FIELD_TYPES } from './field-types.ts';
import type { CsvRow } from './read-csv.ts';

export type ColumnMap = ReadonlyMap<string, number>;
export type RowValues = Record<string, string | null>;
export type RowRead = { row: number; values: RowValues; problems: ImportProblem[] };

export type ReadContext = {
  kind: ImportKind;
  headers: readonly string[];
  columns: ColumnMap;
  choices: Choices;
};

export function readRow(source: CsvRow, context: ReadContext): RowRead {
  // Read once: a packed row (packed-row.ts) splits its cells each time they are asked for.
  const { row, cells } = source;
  const problems = raggedProblems({ row, cells }, context.headers);
  const values: RowValues = {};
  const say = (field: string, why: string): void => {
    const column = context.headers[context.columns.get(field) ?? -1] ?? field;
    problems.push({ row, column, message: why });
  };
  const required: readonly string[] = IMPORT_REQUIRED[context.kind];
  for (const [field, column] of context.columns) {
    const text = cells[column] ?? '';
    values[field] = null;
    if (text.trim() === '') {
      if (required.includes(field)) say(field, 'is required');
      continue;
    }
    const type = FIELD_TYPES[field];
    assert(type !== undefined, () => `no type for the import field ${field}`);
    const reading = readCell(text, type, context.choices);
    if ('why' in reading) say(field, reading.why);
    else values[field] = reading.value;
  }
  makeAmountsExact(values, say);
  return { row, values, problems };
}

/** Amounts checked against the row's currency: too many decimals, or past one operation. */
function makeAmountsExact(values: RowValues, say: (field: string, why: string) => void): void {
  const currency = values.currency;
  for (const [field, value] of Object.entries(values)) {
    if (FIELD_TYPES[field]?.kind !== 'amount' || value === null || !currency) continue;
    const exact = exactAmount(value, currency);
    if ('why' in exact) {
      say(field, exact.why);
      values[field] = null;
    } else values[field] = exact.amount;
  }
}

/** A short row names its first missing header; a long one its first non-empty extra cell. */
function raggedProblems(source: CsvRow, headers: readonly string[]): ImportProblem[] {
  const { row, cells } = source;
  if (cells.length < headers.length) {
    const why = `is missing: the row has ${cells.length} cells and the header ${headers.length}`;
    return [{ row, column: headers[cells.length] ?? null, message: why }];
  }
  const extra = cells.findIndex((cell, index) => index >= headers.length && cell.trim() !== '');
  if (extra < 0) return [];
  const why = `is past the header's ${headers.length} columns`;
  return [{ row, column: `column ${extra + 1}`, message: why }];
}
