/**
 * The decimal separator and date order a file is read with: the user's choice, else what the
 * file shows (a cell that reads only one way), else none; then the user must choose when some
 * cell reads two ways (1,234 / 03/04/2026).
 */
import type { DateOrder, DecimalSeparator } from '../../../shared/contract/schemas/imports.ts';
import { detectSeparator, guessAmount } from './amounts.ts';
import type { Choices } from './cells.ts';
import { detectDateOrder, guessDate } from './dates.ts';
import { FIELD_TYPES } from './field-types.ts';
import type { CsvRow } from './read-csv.ts';
import type { ColumnMap } from './row-read.ts';

export type Chosen = {
  choices: Choices;
  mustChoose: { decimalSeparator: boolean; dateOrder: boolean };
};

function* cellsOfType(rows: readonly CsvRow[], columns: ColumnMap, kind: 'amount' | 'date') {
  const wanted = [...columns].filter(([field]) => FIELD_TYPES[field]?.kind === kind);
  for (const { cells } of rows) {
    for (const [, column] of wanted) {
      const cell = cells[column]?.trim();
      if (cell) yield cell;
    }
  }
}

function someCell(cells: Iterable<string>, isTwoWay: (cell: string) => boolean): boolean {
  for (const cell of cells) if (isTwoWay(cell)) return true;
  return false;
}

export function chooseReading(
  rows: readonly CsvRow[],
  columns: ColumnMap,
  given: { decimalSeparator?: DecimalSeparator | undefined; dateOrder?: DateOrder | undefined },
): Chosen {
  const separator = given.decimalSeparator ?? detectSeparator(cellsOfType(rows, columns, 'amount'));
  const dateOrder = given.dateOrder ?? detectDateOrder(cellsOfType(rows, columns, 'date'));
  const amountTwoWay = (cell: string): boolean => guessAmount(cell).kind === 'two';
  const dateTwoWay = (cell: string): boolean => guessDate(cell).kind === 'two';
  return {
    choices: { separator, dateOrder },
    mustChoose: {
      decimalSeparator:
        separator === null && someCell(cellsOfType(rows, columns, 'amount'), amountTwoWay),
      dateOrder: dateOrder === null && someCell(cellsOfType(rows, columns, 'date'), dateTwoWay),
    },
  };
}
