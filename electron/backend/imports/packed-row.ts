/**
 * A file row kept as one string, its cells joined by a NUL character (a CSV file holding a NUL
 * byte is refused before it is read, read-csv.ts), and split again each time `cells` is asked
 * for. 100,000 rows of five cells held as arrays of strings take about 30 MB of the heap, as
 * one string each under 10 MB: the import reads them in three passes (the reading chosen, every
 * row checked, then written), so they are held for the whole commit.
 */
import { assert } from '../../../shared/errors.ts';
import type { CsvRow } from './read-csv.ts';

const BETWEEN_CELLS = '\u0000';

export class PackedRow implements CsvRow {
  readonly row: number;
  readonly #packed: string;

  constructor(row: number, cells: readonly string[]) {
    assert(
      cells.every((cell) => !cell.includes(BETWEEN_CELLS)),
      'a CSV cell holds no NUL character',
    );
    this.row = row;
    this.#packed = cells.join(BETWEEN_CELLS);
  }

  get cells(): string[] {
    return this.#packed.split(BETWEEN_CELLS);
  }
}
