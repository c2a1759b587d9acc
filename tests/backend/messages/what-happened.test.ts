/**
 * Proves that the engine says what happened and what is owed (issue #13): a void invoice owes
 * nothing and keeps its reason, a blocked customer can spend nothing (never a negative amount),
 * a top-up request is never overdue debt, actions report the invoice they caused, and a refund
 * refusal points at the amount (the refundable paid credit).
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

async function voidedInvoice(t: TestBackend) {
  const customerId = await givenCustomer(t);
  const invoice = await givenIssuedInvoice(t, customerId, '120.00');
  await t.call('creditNotes.create', {
    invoiceId: invoice.id,
    amount: '20.00',
    reason: 'Discount',
    requestId: rid(),
  });
  await t.call('invoices.void', { invoiceId: invoice.id, reason: 'Sent twice', requestId: rid() });
  return { customerId, invoiceId: invoice.id };
}

describe('a void invoice', () => {
  it('owes nothing and names its reason in get, list and the statement', async () => {
    const t = givenBackend({ start: '2026-03-05T10:00:00Z' });
    const { customerId, invoiceId } = await voidedInvoice(t);
    const invoice = await t.call('invoices.get', { invoiceId });
    expect(invoice).toMatchObject({ status: 'void', amountDue: '0.00', voidReason: 'Sent twice' });
    const [listed] = (await t.call('invoices.list', { customerId })).items;
    expect(listed).toMatchObject({ amountDue: '0.00', voidReason: 'Sent twice' });
    const statement = await t.call('statements.get', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(statement.invoices[0]).toMatchObject({ amountDue: '0.00', voidReason: 'Sent twice' });
  });

  it('keeps the audit invariant on the stored figures', async () => {
    const t = givenBackend({ start: '2026-03-05T10:00:00Z' });
    await voidedInvoice(t);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });

  it('has no void reason while it is not void', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '40.00');
    expect(invoice).toMatchObject({ amountDue: '40.00', voidReason: null });
  });
});

describe('balance.get spendableNow', () => {
  it('is zero for a blocked credit limit in debt, while available stays the balance', async () => {
    const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 10 });
    await setBillingMode(t, customerId, 'credit_limit', '500.00');
    await charge(t, customerId, '300.00');
    t.clock.set('2026-02-01T10:00:00Z');
    await t.call('jobs.runDue', {});
    t.clock.set('2026-02-20T10:00:00Z');
    await t.call('jobs.runDue', {});
    const balance = await t.call('balance.get', { customerId });
    expect(balance).toMatchObject({
      balance: '-300.00',
      available: '-300.00',
      spendableNow: '0.00',
    });
  });

  it('is the balance plus the limit when not blocked, and null when post-paid', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await setBillingMode(t, customerId, 'credit_limit', '500.00');
    await charge(t, customerId, '100.00');
    expect((await t.call('balance.get', { customerId })).spendableNow).toBe('400.00');
    await setBillingMode(t, customerId, 'postpaid');
    expect((await t.call('balance.get', { customerId })).spendableNow).toBeNull();
  });
});

describe('reports.dashboard overdue', () => {
  it('leaves out top-up requests past their due date', async () => {
    const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 10 });
    await givenIssuedInvoice(t, customerId, '50.00', { kind: 'top_up' });
    await givenIssuedInvoice(t, customerId, '30.00');
    t.clock.set('2026-02-01T10:00:00Z');
    const [usd] = (await t.call('reports.dashboard', {})).currencies;
    expect(usd).toMatchObject({ overdue: '30.00', overdueCount: 1, receivables: '80.00' });
  });
});

describe('what an action caused', () => {
  async function givenReplenishing(t: TestBackend) {
    const customerId = await givenCustomer(t, { hourlyRate: '100.00' });
    await topUp(t, customerId, '600.00');
    await t.call('customers.setReplenishment', {
      customerId,
      enabled: true,
      threshold: '200.00',
      amount: '500.00',
      recurrence: 'always',
      requestId: rid(),
    });
    return customerId;
  }

  async function logTime(t: TestBackend, customerId: string, hours: string) {
    const entry = await t.call('time.create', {
      customerId,
      date: '2026-03-01',
      hours,
      description: 'Work',
      requestId: rid(),
    });
    return entry.id;
  }

  it('time.deduct gives the total of every entry and the top-up invoice it issued', async () => {
    const t = givenBackend();
    const customerId = await givenReplenishing(t);
    const ids = [await logTime(t, customerId, '2.8'), await logTime(t, customerId, '1.8')];
    const result = await t.call('time.deduct', { customerId, timeEntryIds: ids, requestId: rid() });
    expect(result.entries.map((entry) => entry.amount)).toEqual(['-280.00', '-180.00']);
    expect(result.total).toBe('-460.00');
    const [topUpInvoice] = (await t.call('invoices.list', { customerId, kind: 'top_up' })).items;
    expect(result.causedInvoices).toEqual([
      { id: topUpInvoice?.id, number: topUpInvoice?.number, kind: 'top_up', total: '500.00' },
    ]);
  });

  it('a charge that issues nothing reports no caused invoices', async () => {
    const t = givenBackend();
    const customerId = await givenReplenishing(t);
    const first = await charge(t, customerId, '100.00');
    expect(first.causedInvoices).toBeUndefined();
    const second = await charge(t, customerId, '350.00');
    expect(second.causedInvoices).toMatchObject([{ kind: 'top_up', total: '500.00' }]);
  });
});

describe('balance.refund refusal', () => {
  it('is INSUFFICIENT_BALANCE on the amount when promotional credit would be refunded', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00');
    await topUp(t, customerId, '100.00', { kind: 'promotional' });
    const error = await t.fail('balance.refund', {
      customerId,
      amount: '60.00',
      method: 'bank_transfer',
      reason: 'Closing the account',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'INSUFFICIENT_BALANCE', field: 'amount' });
  });
});

describe('reports.dashboard creditOwedHistory', () => {
  it('has all 12 months for each currency when every movement fell in this month', async () => {
    const t = givenBackend({ start: '2026-03-05T10:00:00Z' });
    const customerId = await givenCustomer(t, { currency: 'EUR' });
    await topUp(t, customerId, '829.50');
    const history = (await t.call('reports.dashboard', {})).creditOwedHistory;
    expect(history).toHaveLength(12);
    expect(history[0]).toEqual({ month: '2025-04', currency: 'EUR', creditOwed: '0.00' });
    expect(history.at(-1)).toEqual({ month: '2026-03', currency: 'EUR', creditOwed: '829.50' });
  });
});

describe('invoices.issue causedInvoices', () => {
  it('names the top-up invoice that settling the new invoice made the application issue', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '300.00');
    await t.call('customers.setReplenishment', {
      customerId,
      enabled: true,
      threshold: '100.00',
      amount: '400.00',
      recurrence: 'always',
      requestId: rid(),
    });
    const first = await givenIssuedInvoice(t, customerId, '50.00');
    expect(first.causedInvoices).toBeUndefined();
    const second = await givenIssuedInvoice(t, customerId, '200.00');
    expect(second).toMatchObject({ creditApplied: '200.00', amountDue: '0.00' });
    expect(second.causedInvoices).toMatchObject([{ kind: 'top_up', total: '400.00' }]);
  });
});
