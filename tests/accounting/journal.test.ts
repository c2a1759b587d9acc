/**
 * Proves how each kind of entry posts to the general ledger (docs/rules.md "Reports and
 * journal"): a credit pays debt before it becomes credit owed, promotional credit is never cash,
 * expired paid credit is breakage, receivables are kept per customer; that entries are dated in
 * the business time zone; and that an account the lines need but Settings leave unmapped is
 * refused naming it, while an unneeded one is not asked for.
 */
import { describe, expect, it } from 'vitest';
import { journal } from '../../electron/backend/accounting/journal.ts';
import { JOURNAL_ACCOUNTS } from '../../shared/contract/report-types.ts';
import { addDays } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';
import { minor } from '../../shared/money.ts';
import { FIRST_DAY, runBook, ZONE, type Action } from './book-model.ts';
import { rowsAt } from './rows-at.ts';

const ACCOUNTS = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Acc ${key}`]));

function step(op: Action['op'], amount: number, expiryDays: number | null = null): Action {
  return { gapDays: 1, customer: 0, op, amount, expiryDays };
}

/** One action a day for Alder (USD), so each day's journal shows how that action posts. */
const BOOK = runBook([
  step('charge', 3000),
  step('topUp', 10000),
  step('promo', 2000, 0),
  step('time', 1000),
  step('refund', 500),
  step('topUp', 1000, 0),
  step('adjustOut', 200),
  step('invoice', 5000, 30),
  step('apply', 1000),
  step('unapply', 1000),
  step('creditNote', 700),
  step('overpay', 300),
]);

function day(offset: number) {
  const date = addDays(FIRST_DAY, offset);
  const result = journal(rowsAt(BOOK, date), {
    from: date,
    to: date,
    timeZone: ZONE,
    accounts: ACCOUNTS,
  });
  return result.days.flatMap((entry) =>
    entry.lines.map((line) => [line.account, line.side, line.amount, line.customerName]),
  );
}

describe('journal postings', () => {
  it.each([
    [
      1,
      'a charge past zero: debt',
      [
        ['receivables', 'debit', '30.00', 'Alder'],
        ['revenue', 'credit', '30.00', null],
      ],
    ],
    [
      2,
      'a top-up pays the debt first',
      [
        ['cash', 'debit', '100.00', null],
        ['prepayments', 'credit', '70.00', null],
        ['receivables', 'credit', '30.00', 'Alder'],
      ],
    ],
    [
      3,
      'promotional credit is no cash',
      [
        ['promotionalExpense', 'debit', '20.00', null],
        ['promotionalCredit', 'credit', '20.00', null],
      ],
    ],
    [
      4,
      'promotional expiry reverses the expense; time is revenue',
      [
        ['prepayments', 'debit', '10.00', null],
        ['promotionalCredit', 'debit', '20.00', null],
        ['promotionalExpense', 'credit', '20.00', null],
        ['revenue', 'credit', '10.00', null],
      ],
    ],
    [
      5,
      'a refund pays cash out of prepayments',
      [
        ['prepayments', 'debit', '5.00', null],
        ['cash', 'credit', '5.00', null],
      ],
    ],
    [
      7,
      'expired paid credit is breakage; a debit adjustment',
      [
        ['prepayments', 'debit', '12.00', null],
        ['breakage', 'credit', '10.00', null],
        ['adjustments', 'credit', '2.00', null],
      ],
    ],
    [
      9,
      'credit applied to an invoice settles the receivable',
      [
        ['prepayments', 'debit', '10.00', null],
        ['receivables', 'credit', '10.00', 'Alder'],
      ],
    ],
    [
      10,
      'credit unapplied from a voided invoice',
      [
        ['receivables', 'debit', '10.00', 'Alder'],
        ['prepayments', 'credit', '10.00', null],
      ],
    ],
    [
      11,
      'a credit note on the balance reduces revenue',
      [
        ['revenue', 'debit', '7.00', null],
        ['prepayments', 'credit', '7.00', null],
      ],
    ],
    [
      12,
      'an overpayment is cash owed back as credit',
      [
        ['cash', 'debit', '3.00', null],
        ['prepayments', 'credit', '3.00', null],
      ],
    ],
  ])('day %i: %s', (offset, _name, lines) => {
    expect(day(offset)).toEqual(lines);
  });

  it('dates an entry by the business time zone, not UTC', () => {
    const rows = rowsAt(BOOK, FIRST_DAY);
    const late = {
      id: 'late',
      customerId: 'c2',
      seq: 1,
      type: 'top_up',
      amountMinor: minor(100),
      balanceAfterMinor: minor(100),
      // 20:00 UTC on 1 January is 09:00 on 2 January in Auckland.
      occurredAt: '2026-01-01T20:00:00.000Z',
      invoiceId: null,
      timeEntryId: null,
    };
    const grant = {
      id: 'g-late',
      customerId: 'c2',
      entryId: 'late',
      kind: 'paid' as const,
      originalMinor: minor(100),
      expiresOn: null,
    };
    const result = journal(
      { ...rows, entries: [late], grants: [grant], allocations: [] },
      { from: '2026-01-01', to: '2026-01-02', timeZone: ZONE, accounts: ACCOUNTS },
    );
    expect(result.days.map((entry) => [entry.date, entry.currency, entry.totalDebit])).toEqual([
      ['2026-01-02', 'USD', '1.00'],
    ]);
  });

  it('refuses an account the lines need but Settings leave unmapped, naming it', () => {
    const date = addDays(FIRST_DAY, 7);
    const { breakage: _unmapped, ...accounts } = ACCOUNTS;
    const request = { from: date, to: date, timeZone: ZONE, accounts };
    expect(() => journal(rowsAt(BOOK, date), request)).toThrow(AppError);
    try {
      journal(rowsAt(BOOK, date), request);
    } catch (error) {
      expect(error instanceof AppError ? [error.code, error.field] : null).toEqual([
        'VALIDATION',
        'accounts.breakage',
      ]);
    }
    const earlier = addDays(FIRST_DAY, 5);
    const withoutExpiry = journal(rowsAt(BOOK, earlier), {
      ...request,
      from: earlier,
      to: earlier,
    });
    expect(withoutExpiry.days).toHaveLength(1);
  });
});
