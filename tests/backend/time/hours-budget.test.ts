/**
 * Proves budgets in hours (SPEC 12): hours agreed, used and left in `balance.get` for the period
 * running (calendar month or quarter, or a one-off), time beyond a `charge` budget split off at
 * the overage rate and deducted, time beyond an `invoice` budget left unbilled, and the setting
 * audited, removable, and refused to a viewer.
 */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { givenUser } from '../error-precedence/setup.ts';

function work(t: TestBackend, customerId: string, date: string, hours: string) {
  return t.call('time.create', {
    customerId,
    date,
    hours,
    description: 'Support',
    requestId: rid('time'),
  });
}

async function budgetOf(t: TestBackend, customerId: string) {
  return (await t.call('balance.get', { customerId })).hoursBudget;
}

describe('budgets in hours', () => {
  it('shows hours agreed, used in the month and left; other months do not count', async () => {
    const t = givenBackend({ start: '2026-03-20T09:00:00Z' });
    const customerId = await givenCustomer(t, { hourlyRate: '50.00' });
    await t.call('customers.setHoursBudget', {
      customerId,
      hours: '10',
      period: 'month',
      requestId: rid(),
    });
    await work(t, customerId, '2026-02-27', '5');
    await work(t, customerId, '2026-03-02', '4');
    await work(t, customerId, '2026-03-19', '3.5');
    expect(await budgetOf(t, customerId)).toEqual({
      period: 'month',
      from: '2026-03-01',
      to: '2026-03-31',
      agreed: '10.00',
      used: '7.50',
      left: '2.50',
      beyond: '0.00',
      overage: 'invoice',
      overageRate: null,
    });
    const [event] = (await t.call('audit.list', { entityType: 'hours_budget', limit: 1 })).items;
    expect(event).toMatchObject({ action: 'customers.setHoursBudget', entityId: customerId });
  });

  it('splits time beyond a charge budget off at the overage rate and deducts it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '50.00' });
    await topUp(t, customerId, '1000.00');
    await t.call('customers.setHoursBudget', {
      customerId,
      hours: '5',
      period: 'quarter',
      overage: 'charge',
      overageRate: '80.00',
      requestId: rid(),
    });
    await work(t, customerId, '2026-01-15', '4');
    const crossing = await work(t, customerId, '2026-03-01', '3');
    expect([crossing.hours, crossing.amount, crossing.status]).toEqual([
      '1.00',
      '50.00',
      'unbilled',
    ]);
    expect(crossing.beyondBudget).toMatchObject({
      hours: '2.00',
      hourlyRate: '80.00',
      amount: '160.00',
      status: 'deducted',
    });
    expect((await t.call('balance.get', { customerId })).balance).toBe('840.00');
    expect(await budgetOf(t, customerId)).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      used: '7.00',
      left: '0.00',
      beyond: '2.00',
    });
    const after = await work(t, customerId, '2026-03-01', '1');
    expect([after.hours, after.hourlyRate, after.status]).toEqual(['1.00', '80.00', 'deducted']);
  });

  it('leaves time beyond an invoice budget whole and unbilled', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '50.00' });
    await t.call('customers.setHoursBudget', {
      customerId,
      hours: '2',
      period: 'once',
      startsOn: '2026-02-01',
      endsOn: '2026-04-30',
      requestId: rid(),
    });
    const entry = await work(t, customerId, '2026-03-01', '3');
    expect([entry.hours, entry.status, entry.beyondBudget]).toEqual(['3', 'unbilled', undefined]);
    expect(await budgetOf(t, customerId)).toMatchObject({
      from: '2026-02-01',
      to: '2026-04-30',
      left: '0.00',
      beyond: '1.00',
    });
  });

  it('is removed with hours null, and only staff may set it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const input = { customerId, hours: '3', period: 'month' as const };
    await t.call('customers.setHoursBudget', { ...input, requestId: rid() });
    const viewer = await givenUser(t, 'viewer');
    const refused = await t.fail(
      'customers.setHoursBudget',
      { ...input, requestId: rid() },
      viewer,
    );
    expect(refused.code).toBe('FORBIDDEN');
    const cleared = await t.call('customers.setHoursBudget', {
      customerId,
      hours: null,
      requestId: rid(),
    });
    expect(cleared.hoursBudget).toBeNull();
    expect(await budgetOf(t, customerId)).toBeNull();
  });
});
