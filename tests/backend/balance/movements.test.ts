/** Proves top-up, adjust, charge and refund: their entries, their errors, and that a refusal changes nothing. */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function snapshot(t: TestBackend, customerId: string) {
  const balance = await t.call('balance.get', { customerId });
  const history = await t.call('balance.history', { customerId, limit: 500 });
  const audit = await t.call('audit.list', { limit: 500 });
  return { balance, entries: history.items.length, audit: audit.items.length };
}

describe('balance.topUp', () => {
  it('records paid money as top_up and free credit as promotional_credit', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const paid = await topUp(t, customerId, '100.00', {
      method: 'bank_transfer',
      reference: 'TX-1',
    });
    expect(paid.entry).toMatchObject({
      type: 'top_up',
      amount: '100.00',
      balanceAfter: '100.00',
      seq: 1,
      actorId: 'admin',
      description: 'Top-up by bank transfer (ref TX-1)',
    });
    const promo = await topUp(t, customerId, '25.50', {
      kind: 'promotional',
      reason: 'Launch offer',
    });
    expect(promo.entry).toMatchObject({
      type: 'promotional_credit',
      seq: 2,
      reason: 'Launch offer',
    });
    expect(promo.balance.balance).toBe('125.50');
    expect(promo.balance.grants.map((grant) => grant.kind).sort()).toEqual(['paid', 'promotional']);
  });

  it('uses the currency of the customer for decimals: 0 for JPY, 3 for KWD', async () => {
    const t = givenBackend();
    const yen = await givenCustomer(t, { currency: 'JPY' });
    const dinar = await givenCustomer(t, { currency: 'KWD' });
    expect((await topUp(t, yen, '1500')).balance.balance).toBe('1500');
    expect((await topUp(t, dinar, '1.250')).balance.balance).toBe('1.250');
    const error = await t.fail('balance.topUp', {
      customerId: yen,
      amount: '1500.5',
      kind: 'paid',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'amount' });
  });
});

describe('balance.adjust', () => {
  it('needs a reason and records it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const missing = await t.fail('balance.adjust', {
      customerId,
      direction: 'credit',
      amount: '5.00',
      requestId: rid(),
    });
    expect(missing).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const blank = await t.fail('balance.adjust', {
      customerId,
      direction: 'credit',
      amount: '5.00',
      reason: '   ',
      requestId: rid(),
    });
    expect(blank.code).toBe('REASON_REQUIRED');
    const credited = await t.call('balance.adjust', {
      customerId,
      direction: 'credit',
      amount: '5.00',
      reason: 'Goodwill',
      requestId: rid(),
    });
    expect(credited.entry).toMatchObject({
      type: 'adjustment',
      amount: '5.00',
      reason: 'Goodwill',
    });
    const debited = await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '8.00',
      reason: 'Missed charge',
      requestId: rid(),
    });
    expect(debited.entry).toMatchObject({ amount: '-8.00', balanceAfter: '-3.00' });
  });
});

describe('balance.charge (prepaid)', () => {
  it('spends only positive balance and refuses the whole charge otherwise', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    const before = await snapshot(t, customerId);
    const error = await t.fail('balance.charge', {
      customerId,
      amount: '120.00',
      description: 'Too much',
      requestId: rid(),
    });
    expect(error.code).toBe('INSUFFICIENT_BALANCE');
    expect(error.message).toContain('20.00');
    expect(await snapshot(t, customerId)).toEqual(before);
    const exact = await charge(t, customerId, '100.00', 'All of it');
    expect(exact.entry).toMatchObject({ type: 'charge', amount: '-100.00', balanceAfter: '0.00' });
  });

  it('shows available credit as the balance for prepaid customers', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const { balance } = await topUp(t, customerId, '10.00');
    expect(balance).toMatchObject({ balance: '10.00', available: '10.00', hoursRemaining: null });
  });

  it('gives the remaining budget in hours when the customer has a rate', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '100.00' });
    const { balance } = await topUp(t, customerId, '150.00');
    expect(balance.hoursRemaining).toBe('1.5');
  });
});

describe('balance.refund', () => {
  it('refunds only paid credit, naming the refundable amount', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '40.00');
    await topUp(t, customerId, '60.00', { kind: 'promotional' });
    const before = await snapshot(t, customerId);
    const tooMuch = await t.fail('balance.refund', {
      customerId,
      amount: '50.00',
      method: 'bank_transfer',
      reason: 'Closing account',
      requestId: rid(),
    });
    expect(tooMuch.code).toBe('INSUFFICIENT_BALANCE');
    expect(tooMuch.message).toContain('40.00');
    expect(await snapshot(t, customerId)).toEqual(before);
    const refunded = await t.call('balance.refund', {
      customerId,
      amount: '40.00',
      method: 'bank_transfer',
      reason: 'Closing account',
      requestId: rid(),
    });
    expect(refunded.entry).toMatchObject({
      type: 'refund',
      amount: '-40.00',
      balanceAfter: '60.00',
    });
    expect(refunded.balance.grants).toMatchObject([{ kind: 'promotional', remaining: '60.00' }]);
  });

  it('refuses a refund above the balance and changes nothing', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    const before = await snapshot(t, customerId);
    const error = await t.fail('balance.refund', {
      customerId,
      amount: '10.01',
      method: 'cash',
      reason: 'Refund',
      requestId: rid(),
    });
    expect(error.code).toBe('INSUFFICIENT_BALANCE');
    expect(await snapshot(t, customerId)).toEqual(before);
  });

  it('requires a reason', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    const error = await t.fail('balance.refund', {
      customerId,
      amount: '1.00',
      method: 'cash',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });
});

describe('balance.history', () => {
  it('pages newest first with the running balance', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    for (let day = 0; day < 5; day += 1) {
      await topUp(t, customerId, '10.00');
      t.clock.advance({ days: 1 });
    }
    const first = await t.call('balance.history', { customerId, limit: 2 });
    expect(first.items.map((entry) => [entry.seq, entry.balanceAfter])).toEqual([
      [5, '50.00'],
      [4, '40.00'],
    ]);
    const second = await t.call('balance.history', {
      customerId,
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((entry) => entry.seq)).toEqual([3, 2]);
    const last = await t.call('balance.history', {
      customerId,
      limit: 2,
      cursor: second.nextCursor ?? undefined,
    });
    expect(last.items.map((entry) => entry.seq)).toEqual([1]);
    expect(last.nextCursor).toBeNull();
  });

  it('filters by business dates, inclusive', async () => {
    const t = givenBackend({ start: '2026-03-01T09:00:00Z' });
    const customerId = await givenCustomer(t);
    for (let day = 0; day < 5; day += 1) {
      await topUp(t, customerId, '10.00');
      t.clock.advance({ days: 1 });
    }
    const range = await t.call('balance.history', {
      customerId,
      from: '2026-03-02',
      to: '2026-03-03',
    });
    expect(range.items.map((entry) => entry.seq)).toEqual([3, 2]);
    const reversed = await t.fail('balance.history', {
      customerId,
      from: '2026-03-04',
      to: '2026-03-03',
    });
    expect(reversed).toMatchObject({ code: 'VALIDATION', field: 'from' });
  });

  it('refuses a cursor it did not give out', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const error = await t.fail('balance.history', { customerId, cursor: 'bogus' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'cursor' });
  });
});
