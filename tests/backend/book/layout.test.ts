/**
 * Proves the whole-book CSV layout on its own: a large table pauses every LAYOUT_ROWS_MAX rows
 * and keeps every row, and a column that should hold a date, an instant or a decimal prints
 * anything else (an older or damaged file) as formula-safe text, never as it is.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUT_ROWS_MAX, cell, tableCsv } from '../../../electron/backend/domains/book/csv.ts';
import type { TableSpec } from '../../../electron/backend/domains/book/tables.ts';

const SPEC: TableSpec = {
  table: 'payments',
  file: 'payments.csv',
  about: 'test',
  columns: [
    { header: 'n', kind: 'count' },
    { header: 'amount', kind: 'money' },
  ],
};

async function layOut(count: number) {
  let pauses = 0;
  const rows = Array.from({ length: count }, (_, index) => ({
    n: index,
    amount: -index,
    currency: 'USD',
  }));
  const file = await tableCsv(SPEC, rows, {
    timeZone: 'UTC',
    pause: () => {
      pauses += 1;
      return Promise.resolve();
    },
  });
  return { file, pauses };
}

describe('laying out a large table', () => {
  it(`pauses after each ${LAYOUT_ROWS_MAX} rows and keeps every row`, async () => {
    expect((await layOut(LAYOUT_ROWS_MAX)).pauses).toBe(0);
    const { file, pauses } = await layOut(2 * LAYOUT_ROWS_MAX + 1);
    expect(pauses).toBe(2);
    expect(file.rows).toBe(2 * LAYOUT_ROWS_MAX + 1);
    const lines = file.text.split('\r\n');
    expect(lines).toHaveLength(2 * LAYOUT_ROWS_MAX + 3);
    expect(lines[0]).toBe('\uFEFFn,amount');
    expect(lines.at(-2)).toBe(`${2 * LAYOUT_ROWS_MAX},-${(2 * LAYOUT_ROWS_MAX) / 100}.00`);
  });
});

describe('a cell that does not hold what its column says', () => {
  it('prints as formula-safe text', () => {
    const row = { value: '=1+2', at: '@SUM(A1)', text: '-12.50' };
    expect(cell({ header: 'value', kind: 'date' }, row, 'UTC')).toBe("'=1+2");
    expect(cell({ header: 'at', kind: 'instant' }, row, 'UTC')).toBe("'@SUM(A1)");
    expect(cell({ header: 'value', kind: 'decimal' }, row, 'UTC')).toBe("'=1+2");
    expect(cell({ header: 'text', kind: 'decimal' }, row, 'UTC')).toBe('-12.50');
    expect(cell({ header: 'text', kind: 'text' }, row, 'UTC')).toBe("'-12.50");
  });

  it('keeps the lines of a several-line cell inside quotes, and still neutralises a formula', () => {
    const row = { memo: '+1 line\r\nsecond, "quoted"' };
    expect(cell({ header: 'memo', kind: 'lines' }, row, 'UTC')).toBe(
      `"'+1 line\nsecond, ""quoted"""`,
    );
  });
});
