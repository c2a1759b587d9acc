/**
 * Proves the ageing buckets at each edge (0, 1, 30, 31, 60, 61, 90, 91 days past due, counted
 * from the due date), that balance-due notices are not aged on top of the debt they notify, and
 * that credit owed splits by expiry month with credit without expiry last.
 */
import { describe, expect, it } from 'vitest';
import { agedReceivables, type ReceivableRows } from '../../electron/backend/accounting/ageing.ts';
import { creditOwed } from '../../electron/backend/accounting/credit-owed.ts';
import type { InvoiceRow } from '../../electron/backend/accounting/rows.ts';
import { addDays } from '../../shared/dates.ts';
import { minor } from '../../shared/money.ts';
import { FIRST_DAY, runBook, type Action } from './book-model.ts';
import { rowsAt } from './rows-at.ts';

const AS_OF = '2026-06-30';

function invoice(id: string, daysPastDue: number, overrides: Partial<InvoiceRow> = {}): InvoiceRow {
  return {
    id,
    customerId: 'c1',
    kind: 'standard',
    number: id.toUpperCase(),
    issueDate: '2026-01-01',
    dueDate: addDays(AS_OF, -daysPastDue),
    currency: 'USD',
    totalMinor: minor(1000),
    ...overrides,
  };
}

function rows(invoices: InvoiceRow[], debtMinor = 0): ReceivableRows {
  const entries =
    debtMinor === 0
      ? []
      : [
          {
            id: 'e1',
            customerId: 'c1',
            seq: 1,
            type: 'charge',
            amountMinor: minor(-debtMinor),
            balanceAfterMinor: minor(-debtMinor),
            occurredAt: '2026-03-01T10:00:00.000Z',
            invoiceId: null,
            timeEntryId: null,
          },
        ];
  return {
    customers: [{ id: 'c1', name: 'Alder', currency: 'USD' }],
    entries,
    grants: [],
    allocations: [],
    invoices,
    payments: [],
    creditNotes: [],
  };
}

describe('aged receivables', () => {
  it.each([
    [0, 'current'],
    [-5, 'current'],
    [1, 'd1_30'],
    [30, 'd1_30'],
    [31, 'd31_60'],
    [60, 'd31_60'],
    [61, 'd61_90'],
    [90, 'd61_90'],
    [91, 'over90'],
  ] as const)('puts an invoice %i days past due in %s', (days, bucket) => {
    const report = agedReceivables(rows([invoice('i1', days)]), { asOf: AS_OF });
    const totals = report.currencies[0]?.totals;
    expect(totals?.[bucket]).toBe('10.00');
    expect(totals?.total).toBe('10.00');
    expect(report.currencies[0]?.customers[0]?.invoiceList[0]?.daysPastDue).toBe(Math.max(days, 0));
  });

  it('counts debt on the balance once, never its balance-due notice as well', () => {
    const notice = invoice('i2', 40, { kind: 'balance_due', totalMinor: minor(700) });
    const topUp = invoice('i3', 5, { kind: 'top_up', totalMinor: minor(300) });
    const totals = agedReceivables(rows([notice, topUp], 700), { asOf: AS_OF }).currencies[0]
      ?.totals;
    expect(totals).toMatchObject({
      d31_60: '0.00',
      d1_30: '3.00',
      invoices: '3.00',
      balanceDebt: '7.00',
      total: '10.00',
    });
  });

  it('ages what is still due after payments, applied credit and credit notes', () => {
    const book = rows([invoice('i1', 10)]);
    const settled: ReceivableRows = {
      ...book,
      payments: [{ invoiceId: 'i1', appliedToInvoiceMinor: minor(250) }],
      creditNotes: [{ invoiceId: 'i1', reducedDueMinor: minor(100) }],
    };
    const totals = agedReceivables(settled, { asOf: AS_OF }).currencies[0]?.totals;
    expect(totals?.d1_30).toBe('6.50');
  });

  it('leaves out a customer who owes nothing, and other currencies when one is asked', () => {
    const report = agedReceivables(rows([]), { asOf: AS_OF });
    expect(report.currencies[0]?.customers).toEqual([]);
    expect(agedReceivables(rows([]), { asOf: AS_OF, currency: 'EUR' }).currencies).toEqual([]);
  });
});

describe('credit owed', () => {
  it('splits paid and promotional credit by expiry month, without expiry last', () => {
    const act = (op: Action['op'], amount: number, expiryDays: number | null): Action => ({
      gapDays: 0,
      customer: 0,
      op,
      amount,
      expiryDays,
    });
    const book = runBook([
      act('topUp', 5000, null),
      act('topUp', 2000, 40),
      act('promo', 1000, 10),
      act('charge', 500, null),
    ]);
    const report = creditOwed(rowsAt(book, FIRST_DAY), { asOf: FIRST_DAY });
    const usd = report.currencies.find((block) => block.currency === 'USD');
    const alder = usd?.customers.find((row) => row.customerId === 'c1');
    expect(alder).toMatchObject({
      paid: '70.00',
      promotional: '5.00',
      credit: '75.00',
      debt: '0.00',
    });
    expect(alder?.byExpiry).toEqual([
      { month: '2026-01', paid: '0.00', promotional: '5.00' },
      { month: '2026-02', paid: '20.00', promotional: '0.00' },
      { month: null, paid: '50.00', promotional: '0.00' },
    ]);
  });
});
