/**
 * Test support for the accountant's reports: a small book over two months in two currencies
 * (credit that expires, promotional credit, debt, an invoice paid late), and each customer's
 * balance at the end of a day read independently through `balance.history`.
 */
import Decimal from 'decimal.js';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import type { TestBackend } from '../../support/backend.ts';

export type SmallBook = { t: TestBackend; a: string; b: string; c: string; invoiceId: string };

/**
 * A: 100.00 paid expiring 2026-02-10 and 20.00 promotional on 5 January, 30.00 charged on
 * 20 January, 40.00 paid on 15 February. B: 30.00 debt on 5 January, a 200.00 invoice issued then
 * (due 15 January) and paid on 25 February. C (EUR): 50.00 on 5 January. Today is 1 March.
 */
export async function givenSmallBook(): Promise<SmallBook> {
  const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
  const a = await givenCustomer(t, { name: 'Alder' });
  const b = await givenCustomer(t, { name: 'Birch', paymentTermsDays: 10 });
  const c = await givenCustomer(t, { name: 'Cedar', currency: 'EUR' });
  await topUp(t, a, '100.00', { expiresOn: '2026-02-10' });
  await topUp(t, a, '20.00', { kind: 'promotional' });
  await t.call('balance.adjust', {
    customerId: b,
    direction: 'debit',
    amount: '30.00',
    reason: 'Owed',
    requestId: rid(),
  });
  const invoice = await givenIssuedInvoice(t, b, '200.00');
  await topUp(t, c, '50.00');
  t.clock.set('2026-01-20T10:00:00Z');
  await t.call('balance.charge', {
    customerId: a,
    amount: '30.00',
    description: 'Work',
    requestId: rid(),
  });
  t.clock.set('2026-02-15T10:00:00Z');
  await topUp(t, a, '40.00');
  t.clock.set('2026-02-25T10:00:00Z');
  await t.call('payments.record', {
    customerId: b,
    amount: '200.00',
    method: 'bank_transfer',
    receivedOn: '2026-02-25',
    invoiceId: invoice.id,
    requestId: rid(),
  });
  t.clock.set('2026-03-01T10:00:00Z');
  return { t, a, b, c, invoiceId: invoice.id };
}

/** A customer's balance at the end of `asOf`, from their history through that day. */
export async function balanceAt(t: TestBackend, customerId: string, asOf: string) {
  const page = await t.call('balance.history', { customerId, to: asOf, limit: 100 });
  const last = [...page.items].sort((x, y) => y.seq - x.seq)[0];
  return new Decimal(last?.balanceAfter ?? '0');
}

/** The sum of the customers' balances at the end of `asOf`. */
export async function sumOfBalances(t: TestBackend, customerIds: readonly string[], asOf: string) {
  let sum = new Decimal(0);
  for (const id of customerIds) sum = sum.plus(await balanceAt(t, id, asOf));
  return sum;
}
