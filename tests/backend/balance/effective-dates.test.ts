/**
 * Proves SPEC 12's business dates: a payment dated back lands in the month it was received, with
 * balances that reconcile; entries dated back run in date order on statements; no date is in the
 * future or on or before the closing date (admin only, audited); a lot dated back whose expiry
 * has passed expires at once, on the day after its last day.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../shared/contract/types.ts';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

/** Opening plus every entry is closing, and each running balance follows the one before. */
function expectReconciled(statement: Statement) {
  let running = new Decimal(statement.openingBalance);
  for (const entry of statement.entries) {
    running = running.plus(entry.amount);
    expect(entry.runningBalance).toBe(running.toFixed(2));
  }
  expect(running.toFixed(2)).toBe(statement.closingBalance);
}

function payment(customerId: string, receivedOn: string) {
  return {
    customerId,
    amount: '50.00',
    method: 'bank_transfer' as const,
    receivedOn,
    requestId: rid(),
  };
}

async function month(t: TestBackend, customerId: string, from: string, to: string) {
  const statement = await t.call('statements.get', { customerId, from, to });
  expectReconciled(statement);
  return statement;
}

describe('business dates on statements', () => {
  it('puts a payment typed in December in November, where it was received', async () => {
    const t = givenBackend({ start: '2026-11-02T09:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    t.clock.set('2026-12-04T09:00:00Z');
    await topUp(t, customerId, '10.00');
    await t.call('payments.record', payment(customerId, '2026-11-20'));
    const november = await month(t, customerId, '2026-11-01', '2026-11-30');
    expect(november.entries.map((entry) => [entry.date, entry.amount])).toEqual([
      ['2026-11-02', '100.00'],
      ['2026-11-20', '50.00'],
    ]);
    expect(november.closingBalance).toBe('150.00');
    const december = await month(t, customerId, '2026-12-01', '2026-12-31');
    expect(december.openingBalance).toBe('150.00');
    expect(december.closingBalance).toBe('160.00');
  });

  it('runs entries dated back in date order, the history keeping both dates', async () => {
    const t = givenBackend({ start: '2026-11-10T09:00:00Z' });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    await t.call('balance.charge', {
      customerId,
      amount: '30.00',
      description: 'Work done on the 5th',
      effectiveOn: '2026-11-05',
      requestId: rid(),
    });
    const statement = await month(t, customerId, '2026-11-01', '2026-11-30');
    expect(statement.entries.map((entry) => [entry.date, entry.runningBalance])).toEqual([
      ['2026-11-05', '-30.00'],
      ['2026-11-10', '70.00'],
    ]);
    const history = await t.call('balance.history', { customerId });
    expect(history.items[0]).toMatchObject({ effectiveOn: '2026-11-05' });
    expect(history.items[0]?.occurredAt.slice(0, 10)).toBe('2026-11-10');
  });

  it('expires at once a lot dated back whose last day has passed', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    const customerId = await givenCustomer(t);
    const lot = await topUp(t, customerId, '20.00', {
      kind: 'promotional',
      effectiveOn: '2026-11-01',
      expiresOn: '2026-11-30',
    });
    expect(lot.balance.balance).toBe('0.00');
    const november = await month(t, customerId, '2026-11-01', '2026-11-30');
    expect(november.closingBalance).toBe('20.00');
    const december = await month(t, customerId, '2026-12-01', '2026-12-31');
    expect(december.entries.map((entry) => [entry.type, entry.date])).toEqual([
      ['expiration', '2026-12-01'],
    ]);
  });
});

describe('dates refused', () => {
  it('refuses a date in the future on the field that holds it', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    const customerId = await givenCustomer(t);
    const error = await t.fail('balance.topUp', {
      customerId,
      amount: '1.00',
      kind: 'paid',
      effectiveOn: '2026-12-05',
      requestId: rid(),
    });
    expect({ code: error.code, field: error.field }).toEqual({
      code: 'VALIDATION',
      field: 'effectiveOn',
    });
  });

  it('refuses entries dated on or before the closing date, which only an admin sets', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    const customerId = await givenCustomer(t);
    const accountant = await t.call('users.create', {
      name: 'Ali',
      role: 'accountant',
      requestId: rid(),
    });
    const close = { closingDate: '2026-11-30', requestId: rid() };
    expect((await t.fail('settings.update', close, accountant.id)).code).toBe('FORBIDDEN');
    const today = await t.fail('settings.update', { closingDate: '2026-12-04', requestId: rid() });
    expect(today.field).toBe('closingDate');
    await t.call('settings.update', close);
    const refused = await t.fail('payments.record', payment(customerId, '2026-11-30'));
    expect({ code: refused.code, field: refused.field }).toEqual({
      code: 'VALIDATION',
      field: 'receivedOn',
    });
    const charge = { customerId, amount: '1.00', description: 'Late', requestId: rid() };
    const closed = await t.fail('balance.charge', { ...charge, effectiveOn: '2026-11-15' });
    expect(closed.field).toBe('effectiveOn');
    await t.call('payments.record', payment(customerId, '2026-12-01'));
    const events = await t.call('audit.list', { entityType: 'settings' });
    expect(events.items[0]?.after).toMatchObject({ closingDate: '2026-11-30' });
  });
});
