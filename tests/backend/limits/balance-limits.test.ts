/**
 * Proves the limits on money of one operation and of a balance (shared/money-limits.ts), each at
 * its edge: the largest allowed passes, one minor unit more is VALIDATION on the field with the
 * limit stated, and nothing changes. Also the finding of issue #12: three top-ups of
 * 50,000,000,000,000.00 no longer end in INTERNAL, and neither does the dashboard.
 */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  setBillingMode,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

/** AMOUNT_MINOR_MAX and BALANCE_MINOR_MAX in USD. */
const AMOUNT_MAX = '1000000000000.00';
const BALANCE_MAX = '10000000000000.00';
const AMOUNT_MAX_WORDS = '1,000,000,000,000.00 USD';
const BALANCE_MAX_WORDS = '10,000,000,000,000.00 USD';

async function ledgerSize(t: TestBackend, customerId: string) {
  const balance = await t.call('balance.get', { customerId });
  const history = await t.call('balance.history', { customerId, limit: 500 });
  return { balance: balance.balance, entries: history.items.length };
}

/** Tops a customer up to exactly the largest balance, in top-ups of the largest amount. */
async function fillToLimit(t: TestBackend, customerId: string) {
  for (let step = 0; step < 10; step += 1) await topUp(t, customerId, AMOUNT_MAX);
}

describe('the limit of one operation', () => {
  it('takes the largest amount and refuses one minor unit more, naming the limit', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    expect((await topUp(t, customerId, AMOUNT_MAX)).balance.balance).toBe(AMOUNT_MAX);
    const before = await ledgerSize(t, customerId);
    const own = {
      'balance.topUp': { kind: 'paid' },
      'balance.adjust': { direction: 'credit', reason: 'Edge' },
      'balance.charge': { description: 'Edge' },
    } as const;
    for (const channel of ['balance.topUp', 'balance.adjust', 'balance.charge'] as const) {
      const error = await t.fail(channel, {
        customerId,
        amount: '1000000000000.01',
        ...own[channel],
        requestId: rid(),
      });
      expect(error, channel).toMatchObject({ code: 'VALIDATION', field: 'amount' });
      expect(error.message, channel).toContain(AMOUNT_MAX_WORDS);
    }
    expect(await ledgerSize(t, customerId)).toEqual(before);
  });

  it('refuses a payment past it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const payment = { customerId, method: 'cash' as const, receivedOn: '2026-03-01' };
    await t.call('payments.record', { ...payment, amount: AMOUNT_MAX, requestId: rid() });
    const error = await t.fail('payments.record', {
      ...payment,
      amount: '1000000000000.01',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
  });

  it('in yen counts whole yen: ¥100,000,000,000,000 passes, one yen more is refused', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { currency: 'JPY' });
    await topUp(t, customerId, '100000000000000');
    const error = await t.fail('balance.topUp', {
      customerId,
      amount: '100000000000001',
      kind: 'paid',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
    expect(error.message).toContain('100,000,000,000,000 JPY');
  });
});

describe('the limit of a balance', () => {
  it('reaches the largest balance, then refuses a top-up of one minor unit on amount', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await fillToLimit(t, customerId);
    const before = await ledgerSize(t, customerId);
    expect(before.balance).toBe(BALANCE_MAX);
    const error = await t.fail('balance.topUp', {
      customerId,
      amount: '0.01',
      kind: 'paid',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
    expect(error.message).toContain(BALANCE_MAX_WORDS);
    expect(await ledgerSize(t, customerId)).toEqual(before);
  });

  it('holds below zero too: a post-paid debt stops at minus the limit', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await setBillingMode(t, customerId, 'postpaid');
    for (let step = 0; step < 10; step += 1) await charge(t, customerId, AMOUNT_MAX);
    const before = await ledgerSize(t, customerId);
    expect(before.balance).toBe(`-${BALANCE_MAX}`);
    const error = await t.fail('balance.charge', {
      customerId,
      amount: '0.01',
      description: 'One cent more',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
    expect(error.message).toContain(`below minus ${BALANCE_MAX_WORDS}`);
    expect(await ledgerSize(t, customerId)).toEqual(before);
  });

  it('refuses a credit note that would credit a full balance, on amount', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    expect(invoice.status).toBe('paid');
    await fillToLimit(t, customerId);
    const error = await t.fail('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '0.01',
      reason: 'Discount',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
  });

  it('the finding: three top-ups of 50,000,000,000,000.00 are refused, never INTERNAL', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    for (let step = 0; step < 3; step += 1) {
      const error = await t.fail('balance.topUp', {
        customerId,
        amount: '50000000000000.00',
        kind: 'paid',
        requestId: rid(),
      });
      expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
      expect(error.message).toContain(AMOUNT_MAX_WORDS);
    }
    const dashboard = await t.call('reports.dashboard', {});
    expect(dashboard.currencies[0]).toMatchObject({ currency: 'USD', creditOwed: '0.00' });
  });
});

describe('sums over many customers', () => {
  it('are exact past 2^53 minor units: the dashboard and a statement never overflow', async () => {
    const t = givenBackend({ start: '2026-03-10T10:00:00Z' });
    const customers = [];
    for (let index = 0; index < 10; index += 1) {
      const customerId = await givenCustomer(t, { name: `Big ${index}` });
      await fillToLimit(t, customerId);
      customers.push(customerId);
    }
    t.clock.advance({ minutes: 1 });
    const dashboard = await t.call('reports.dashboard', {});
    // Ten balances of 10 trillion: 1e16 minor units, past 2^53 (about 9.007e15).
    expect(dashboard.currencies[0]).toMatchObject({ creditOwed: '100000000000000.00' });
    expect(dashboard.creditOwedHistory.at(-1)).toMatchObject({ creditOwed: '100000000000000.00' });
    const customerId = customers[0] ?? '';
    // A hundred charges and top-ups of 1 trillion: each total is past 2^53 minor units.
    for (let step = 0; step < 100; step += 1) {
      await charge(t, customerId, AMOUNT_MAX);
      await topUp(t, customerId, AMOUNT_MAX);
    }
    const statement = await t.call('statements.get', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(statement.totalCredits).toBe('110000000000000.00');
    expect(statement.totalDebits).toBe('-100000000000000.00');
  });
});
