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

/** What the cells seen so far show: the separators and orders read one way, and any two-way. */
type Seen = {
  separators: Set<DecimalSeparator>;
  orders: Set<DateOrder>;
  isAmountTwoWay: boolean;
  isDateTwoWay: boolean;
};

/**
 * As `chooseReading`, with the same answer, letting the event loop turn (`pause`) after every
 * `rowsPerTurn` rows, so a 100,000-row file is never scanned in one hold.
 */
export async function chooseReadingInTurns(
  rows: readonly CsvRow[],
  columns: ColumnMap,
  given: { decimalSeparator?: DecimalSeparator | undefined; dateOrder?: DateOrder | undefined },
  turns: { rowsPerTurn: number; pause: () => Promise<void> },
): Promise<Chosen> {
  const seen: Seen = {
    separators: new Set(),
    orders: new Set(),
    isAmountTwoWay: false,
    isDateTwoWay: false,
  };
  for (let at = 0; at < rows.length; at += turns.rowsPerTurn) {
    if (at > 0) await turns.pause();
    const slice = rows.slice(at, at + turns.rowsPerTurn);
    for (const cell of cellsOfType(slice, columns, 'amount')) {
      const guess = guessAmount(cell);
      if (guess.kind === 'one' && guess.separator !== null) seen.separators.add(guess.separator);
      if (guess.kind === 'two') seen.isAmountTwoWay = true;
    }
    for (const cell of cellsOfType(slice, columns, 'date')) {
      const guess = guessDate(cell);
      if (guess.kind === 'one' && guess.order !== null) seen.orders.add(guess.order);
      if (guess.kind === 'two') seen.isDateTwoWay = true;
    }
  }
  const separator = given.decimalSeparator ?? onlyOne(seen.separators);
  const dateOrder = given.dateOrder ?? onlyOne(seen.orders);
  return {
    choices: { separator, dateOrder },
    mustChoose: {
      decimalSeparator: separator === null && seen.isAmountTwoWay,
      dateOrder: dateOrder === null && seen.isDateTwoWay,
    },
  };
}

function onlyOne<T>(values: ReadonlySet<T>): T | null {
  const [only] = values;
  return values.size === 1 && only !== undefined ? only : null;
}
