/**
 * Proves the dashboard's net line (#16, SPEC 11): per currency, the customers whose statement
 * would end "Amount to pay" and those whose would end "Credit available", each summed apart,
 * with debt on the balance and its notice counted once, credit paying open invoices but never a
 * top-up request; each figure the same as the customers' own statements say, and a listed
 * customer's own line.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { givenBlocked } from '../error-precedence/setup.ts';

async function debit(t: TestBackend, customerId: string, amount: string) {
  await t.call('balance.adjust', {
    customerId,
    direction: 'debit',
    amount,
    reason: 'Owed',
    requestId: rid(),
  });
}

/** Five customers, one per shape of the line; returns their ids. */
async function givenEveryShape(t: TestBackend) {
  // 300.00 of debt with its debt notice for 300.00: owed once, not twice.
  const notice = await givenBlocked(t);
  const credit = await givenCustomer(t, { name: 'Credit' });
  await topUp(t, credit, '100.00');
  const debt = await givenCustomer(t, { name: 'Debt' });
  await debit(t, debt, '30.00');
  // Credit held pays an open invoice: 50.00 of credit against 80.00 due leaves 30.00 to pay.
  const both = await givenCustomer(t, { name: 'Both', autoApplyCredit: false });
  await topUp(t, both, '50.00');
  await givenIssuedInvoice(t, both, '80.00');
  // A top-up request asks for new money: it is added in full, credit or not.
  const request = await givenCustomer(t, { name: 'Request', autoApplyCredit: false });
  await topUp(t, request, '40.00');
  await givenIssuedInvoice(t, request, '25.00', { kind: 'top_up' });
  return [notice, credit, debt, both, request];
}

async function statementLine(t: TestBackend, customerId: string) {
  const today = t.clock.now().toISOString().slice(0, 10);
  return (await t.call('statements.get', { customerId, from: today, to: today })).netLine;
}

describe('reports.dashboard net line', () => {
  it('sums amounts to pay and credit available apart, each as the statements say', async () => {
    const t = givenBackend();
    const ids = await givenEveryShape(t);
    const lines = await Promise.all(ids.map((id) => statementLine(t, id)));
    expect(lines.map((line) => [line.kind, line.amount])).toEqual([
      ['pay', '300.00'],
      ['credit', '100.00'],
      ['pay', '30.00'],
      ['pay', '30.00'],
      ['pay', '25.00'],
    ]);
    const [usd] = (await t.call('reports.dashboard', {})).currencies;
    const sum = (kind: string) =>
      lines
        .filter((line) => line.kind === kind)
        .reduce((total, line) => total.plus(line.amount), new Decimal(0))
        .toFixed(2);
    expect(usd).toMatchObject({
      amountToPay: sum('pay'),
      payCount: 4,
      creditAvailable: sum('credit'),
      creditCount: 1,
    });
    expect(usd).toMatchObject({ amountToPay: '385.00', creditAvailable: '100.00' });
  });

  it('says nothing to pay for a customer whose credit covers its invoices exactly', async () => {
    const t = givenBackend();
    const even = await givenCustomer(t, { autoApplyCredit: false });
    await topUp(t, even, '80.00');
    await givenIssuedInvoice(t, even, '80.00');
    expect((await statementLine(t, even)).kind).toBe('nothing');
    const [usd] = (await t.call('reports.dashboard', {})).currencies;
    expect(usd).toMatchObject({ amountToPay: '0.00', payCount: 0, creditCount: 0 });
  });

  it('gives a listed customer its own line, its open invoice counted', async () => {
    const t = givenBackend();
    const low = await givenCustomer(t, { name: 'Low', autoApplyCredit: false });
    await t.call('customers.setReplenishment', {
      customerId: low,
      enabled: true,
      threshold: '100.00',
      amount: '500.00',
      requestId: rid(),
    });
    await topUp(t, low, '20.00');
    await givenIssuedInvoice(t, low, '50.00');
    const [listed] = (await t.call('reports.dashboard', {})).lowBalanceCustomers;
    expect(listed?.netLine).toEqual(await statementLine(t, low));
    expect(listed?.netLine).toMatchObject({ kind: 'pay', amount: '30.00' });
  });
});
