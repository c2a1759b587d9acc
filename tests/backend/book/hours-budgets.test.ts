/**
 * Proves that the whole-book export carries each customer's budget in hours (`hours_budgets.csv`):
 * hours, period, dates, what happens beyond it and the overage rate in the customer's currency;
 * a budget removed is gone from the file.
 */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';
import { exportBook, readCsv } from './given-book.ts';

describe('book.export hours budgets', () => {
  it('writes one row per budget, and none once it is removed', async () => {
    const t = givenBackend({ start: '2026-03-02T10:00:00Z' });
    const customerId = await givenCustomer(t, { name: 'Zoë', currency: 'EUR' });
    await givenCustomer(t, { name: 'No budget' });
    const budget = { customerId, hours: '12.5', period: 'once' as const, requestId: rid() };
    await t.call('customers.setHoursBudget', {
      ...budget,
      startsOn: '2026-03-01',
      endsOn: '2026-05-31',
      overage: 'charge',
      overageRate: '95.00',
    });
    const { target } = await exportBook(t);
    expect(readCsv(target, 'hours_budgets.csv').records).toEqual([
      {
        customer_id: customerId,
        customer_name: 'Zoë',
        hours: '12.5',
        period: 'once',
        starts_on: '2026-03-01',
        ends_on: '2026-05-31',
        overage: 'charge',
        overage_rate: '95.00',
        currency: 'EUR',
        updated_at: '2026-03-02T10:00:00.000Z',
      },
    ]);
    await t.call('customers.setHoursBudget', { customerId, hours: null, requestId: rid() });
    expect(readCsv((await exportBook(t)).target, 'hours_budgets.csv').records).toEqual([]);
  });
});
