/**
 * Proves that the reports' sums over many customers stay exact past the largest safe integer:
 * thirteen customers each holding the most a balance may hold (an odd number of minor units)
 * owe a total no number can carry, in credit owed and in one day's journal alike.
 */
import { describe, expect, it } from 'vitest';
import { creditOwed } from '../../electron/backend/accounting/credit-owed.ts';
import { journal } from '../../electron/backend/accounting/journal.ts';
import type { LedgerRows } from '../../electron/backend/accounting/rows.ts';
import { JOURNAL_ACCOUNTS } from '../../shared/contract/report-types.ts';
import { minor } from '../../shared/money.ts';

const CUSTOMERS = 13;
const HELD_MINOR = 10 ** 15 - 1;
const DAY = '2026-03-02';
const ACCOUNTS = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Acc ${key}`]));
/** 13 x 999,999,999,999,999 = 12,999,999,999,999,987: odd, and past 2^53. */
const TOTAL = '129999999999999.87';

function bigBook(): LedgerRows {
  const ids = Array.from({ length: CUSTOMERS }, (_, index) => `c${String(index).padStart(2, '0')}`);
  return {
    customers: ids.map((id) => ({ id, name: `Customer ${id}`, currency: 'USD' })),
    entries: ids.map((id) => ({
      id: `e-${id}`,
      customerId: id,
      seq: 1,
      type: 'top_up',
      amountMinor: minor(HELD_MINOR),
      balanceAfterMinor: minor(HELD_MINOR),
      occurredAt: `${DAY}T10:00:00.000Z`,
      invoiceId: null,
      timeEntryId: null,
    })),
    grants: ids.map((id) => ({
      id: `g-${id}`,
      customerId: id,
      entryId: `e-${id}`,
      kind: 'paid' as const,
      originalMinor: minor(HELD_MINOR),
      expiresOn: null,
    })),
    allocations: [],
  };
}

describe('totals past the largest safe integer', () => {
  it('credit owed adds every customer exactly', () => {
    expect(Number.isSafeInteger(CUSTOMERS * HELD_MINOR)).toBe(false);
    const report = creditOwed(bigBook(), { asOf: DAY });
    const totals = report.currencies[0]?.totals;
    expect(totals?.paid).toBe(TOTAL);
    expect(totals?.credit).toBe(TOTAL);
    expect(totals?.byExpiry).toEqual([{ month: null, paid: TOTAL, promotional: '0.00' }]);
  });

  it("one day's journal adds every posting exactly", () => {
    const request = { from: DAY, to: DAY, timeZone: 'UTC', accounts: ACCOUNTS };
    const [day] = journal(bigBook(), request).days;
    expect(day?.totalDebit).toBe(TOTAL);
    expect(day?.totalCredit).toBe(TOTAL);
    expect(day?.lines.map((line) => [line.account, line.side, line.amount])).toEqual([
      ['cash', 'debit', TOTAL],
      ['prepayments', 'credit', TOTAL],
    ]);
  });
});
