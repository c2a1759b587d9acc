/**
 * Proves the limits on money that documents and settings compute or hold, each at its edge: a
 * line (quantity x unit price, hours x rate) at most the limit of one operation, an invoice total
 * at most the invoice limit, a time selection deducted at once at most a balance, a credit limit
 * and a replenishment threshold at most a balance. One minor unit more is VALIDATION on the field.
 */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  type TestBackend,
} from '../../support/backend.ts';

const AMOUNT_MAX = '1000000000000.00';
const BALANCE_MAX = '10000000000000.00';

function line(quantity: string, unitPrice: string) {
  return { description: 'Work', quantity, unitPrice };
}

async function draftError(t: TestBackend, customerId: string, lines: object[]) {
  return t.fail('invoices.create', { customerId, lines, requestId: rid() });
}

describe('invoice lines and totals', () => {
  it('take a line of the largest amount and refuse one minor unit more on its quantity', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const largest = [line('100000000000000', '0.01')];
    await t.call('invoices.create', { customerId, lines: largest, requestId: rid() });
    const error = await draftError(t, customerId, [
      line('1', '5'),
      line('100000000000001', '0.01'),
    ]);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'lines.1.quantity' });
    expect(error.message).toContain('1,000,000,000,000.00 USD');
  });

  it('refuse a unit price past the limit of one operation on the unit price', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const error = await draftError(t, customerId, [line('0.5', '1000000000000.01')]);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'lines.0.unitPrice' });
  });

  it('take a total of the largest invoice and refuse one minor unit more on lines', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const ten = Array.from({ length: 10 }, () => line('1', AMOUNT_MAX));
    const draft = await t.call('invoices.create', { customerId, lines: ten, requestId: rid() });
    expect(draft.total).toBe(BALANCE_MAX);
    const error = await draftError(t, customerId, [...ten, line('1', '0.01')]);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'lines' });
    expect(error.message).toContain('The invoice total may be at most 10,000,000,000,000.00 USD');
  });

  it('count the tax: two hundred lines at 100 % tax are summed exactly, then refused', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const lines = Array.from({ length: 200 }, () => ({ ...line('1', AMOUNT_MAX), taxRate: '100' }));
    const error = await draftError(t, customerId, lines);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'lines' });
  });
});

describe('time', () => {
  it('takes hours x rate up to the limit of one operation and refuses past it on hours', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const entry = { customerId, date: '2026-03-01', description: 'Audit' };
    const rate = '100000000000.00';
    await t.call('time.create', { ...entry, hours: '10', hourlyRate: rate, requestId: rid() });
    const error = await t.fail('time.create', {
      ...entry,
      hours: '10.01',
      hourlyRate: rate,
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'hours' });
  });

  it('deducts a selection worth a whole balance and refuses one entry more on the selection', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: AMOUNT_MAX });
    await setBillingMode(t, customerId, 'postpaid');
    const ids: string[] = [];
    for (let index = 0; index < 11; index += 1) {
      const entry = await t.call('time.create', {
        customerId,
        date: '2026-03-01',
        hours: '1',
        description: `Day ${index}`,
        requestId: rid(),
      });
      ids.push(entry.id);
    }
    const error = await t.fail('time.deduct', { customerId, timeEntryIds: ids, requestId: rid() });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'timeEntryIds' });
    const deducted = await t.call('time.deduct', {
      customerId,
      timeEntryIds: ids.slice(0, 10),
      requestId: rid(),
    });
    expect(deducted.balance.balance).toBe(`-${BALANCE_MAX}`);
  });
});

describe('billing settings', () => {
  it('take a credit limit as large as a balance, not one minor unit more', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const customer = await setBillingMode(t, customerId, 'credit_limit', BALANCE_MAX);
    expect(customer.creditLimit).toBe(BALANCE_MAX);
    const error = await t.fail('customers.setBillingMode', {
      customerId,
      mode: 'credit_limit',
      creditLimit: '10000000000000.01',
      reason: 'Edge',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'creditLimit' });
  });

  it('take a threshold as large as a balance and an amount as large as one top-up', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const set = { customerId, enabled: true, recurrence: 'always' as const };
    await t.call('customers.setReplenishment', {
      ...set,
      threshold: BALANCE_MAX,
      amount: AMOUNT_MAX,
      requestId: rid(),
    });
    const threshold = await t.fail('customers.setReplenishment', {
      ...set,
      threshold: '10000000000000.01',
      amount: AMOUNT_MAX,
      requestId: rid(),
    });
    expect(threshold).toMatchObject({ code: 'VALIDATION', field: 'threshold' });
    const amount = await t.fail('customers.setReplenishment', {
      ...set,
      threshold: BALANCE_MAX,
      amount: '1000000000000.01',
      requestId: rid(),
    });
    expect(amount).toMatchObject({ code: 'VALIDATION', field: 'amount' });
  });
});
