/**
 * Checks shared by the report properties that need no model: a report's totals are the sum of its
 * customers' rows, and every journal written as CSV still balances in each package's terms
 * (QuickBooks: debits equal credits per journal number; Xero: amounts sum to zero per narration).
 */
import Decimal from 'decimal.js';
import { expect } from 'vitest';
import {
  quickbooksCsv,
  XERO_FILE_LINES_MAX,
  xeroCsvFiles,
} from '../../electron/backend/accounting/journal-csv.ts';
import type { Journal } from '../../shared/contract/report-types.ts';

type Block<T> = { customers: T[]; totals: T };

/** Each picked figure of the totals equals the sum of that figure over the customers. */
export function expectTotalsAreSums<T>(blocks: readonly Block<T>[], picks: ((row: T) => string)[]) {
  for (const block of blocks) {
    for (const pick of picks) {
      const sum = block.customers.reduce((total, row) => total.plus(pick(row)), new Decimal(0));
      expect(sum.equals(new Decimal(pick(block.totals)))).toBe(true);
    }
  }
}

/** Rows of a CSV this module's writers made (no cell of the test books holds a comma). */
function cells(text: string): string[][] {
  return text
    .slice(0, -2)
    .split('\r\n')
    .slice(1)
    .map((row) => row.split(','));
}

function expectZeroPerKey(
  rows: string[][],
  keyOf: (row: string[]) => string,
  valueOf: (row: string[]) => Decimal,
) {
  const sums = new Map<string, Decimal>();
  for (const row of rows)
    sums.set(keyOf(row), (sums.get(keyOf(row)) ?? new Decimal(0)).plus(valueOf(row)));
  for (const sum of sums.values()) expect(sum.isZero()).toBe(true);
}

export function expectCsvsBalance(journal: Journal): void {
  for (const currency of new Set(journal.days.map((day) => day.currency))) {
    const quickbooks = cells(quickbooksCsv(journal, { currency, dateOrder: 'mdy' }));
    expect(quickbooks.length).toBe(
      journal.days
        .filter((day) => day.currency === currency)
        .reduce((n, day) => n + day.lines.length, 0),
    );
    expectZeroPerKey(
      quickbooks,
      (row) => row[0] ?? '',
      (row) => new Decimal(row[4] || '0').minus(row[5] || '0'),
    );
    for (const file of xeroCsvFiles(journal, { currency, taxRate: 'Tax Exempt' })) {
      const xero = cells(file);
      expect(xero.length).toBeLessThanOrEqual(XERO_FILE_LINES_MAX);
      expectZeroPerKey(
        xero,
        (row) => row[0] ?? '',
        (row) => new Decimal(row[5] ?? ''),
      );
    }
  }
}
