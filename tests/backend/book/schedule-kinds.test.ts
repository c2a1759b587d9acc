/** Proves that the whole-book export says what each schedule makes: its kind and an allowance. */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';
import { exportBook, readCsv } from './given-book.ts';

describe('book.export of schedules', () => {
  it('writes each schedule’s kind and allowance, in the customer’s currency', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { currency: 'EUR' });
    const common = {
      customerId,
      interval: 'month' as const,
      startDate: '2026-04-01',
      autoIssue: true,
    };
    const line = [{ description: 'Retainer', quantity: '1', unitPrice: '500.00' }];
    await t.call('schedules.create', { ...common, kind: 'top_up', lines: line, requestId: rid() });
    await t.call('schedules.create', {
      ...common,
      kind: 'allowance',
      amount: '80.00',
      requestId: rid(),
    });
    const { target } = await exportBook(t);
    const rows = readCsv(target, 'schedules.csv').records;
    const kinds = rows.map((row) => [row.kind, row.allowance, row.currency]);
    expect(kinds.sort()).toEqual([
      ['allowance', '80.00', 'EUR'],
      ['top_up', '', 'EUR'],
    ]);
  });
});
