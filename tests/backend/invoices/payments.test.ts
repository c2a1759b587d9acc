/** Proves payments (SPEC 3): what they pay, what becomes balance and as which entry, and their errors. */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  type TestBackend,
} from '../../support/backend.ts';

function pay(t: TestBackend, customerId: string, amount: string, extra: object = {}) {
  return t.call('payments.record', {
    customerId,
    amount,
    method: 'bank_transfer',
    reference: 'SEPA-1',
    receivedOn: '2026-03-01',
    requestId: rid('pay'),
    ...extra,
  });
}

async function entryTypes(t: TestBackend, customerId: string) {
  const history = await t.call('balance.history', { customerId });
  return history.items.map((entry) => [entry.type, entry.amount]).reverse();
}

describe('payments.record', () => {
  it('pays part of an invoice, then the rest, which makes it paid', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const part = await pay(t, customerId, '40.00', { invoiceId: invoice.id });
    expect(part.payment).toMatchObject({
      appliedToInvoice: '40.00',
      creditedToBalance: '0.00',
      invoiceId: invoice.id,
    });
    expect(part.invoice).toMatchObject({ status: 'open', amountPaid: '40.00', amountDue: '60.00' });
    const rest = await pay(t, customerId, '60.00', { invoiceId: invoice.id });
    expect(rest.invoice).toMatchObject({ status: 'paid', amountPaid: '100.00', amountDue: '0.00' });
    expect(await entryTypes(t, customerId)).toEqual([]);
  });

  it('turns the excess over the amount due into an overpayment credit', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const paid = await pay(t, customerId, '130.00', { invoiceId: invoice.id });
    expect(paid.payment).toMatchObject({ appliedToInvoice: '100.00', creditedToBalance: '30.00' });
    expect(paid.balance.balance).toBe('30.00');
    expect(await entryTypes(t, customerId)).toEqual([['overpayment', '30.00']]);
  });

  it('credits a payment without an invoice as a top-up', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const paid = await pay(t, customerId, '250.00');
    expect(paid.invoice).toBeUndefined();
    expect(paid.payment).toMatchObject({
      invoiceId: null,
      appliedToInvoice: '0.00',
      creditedToBalance: '250.00',
    });
    const history = await t.call('balance.history', { customerId });
    expect(history.items[0]).toMatchObject({
      type: 'top_up',
      amount: '250.00',
      paymentId: paid.payment.id,
    });
  });

  it('credits the payment of a top-up invoice to the balance as a top-up', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '1000.00', { kind: 'top_up' });
    const paid = await pay(t, customerId, '1000.00', { invoiceId: invoice.id });
    expect(paid.invoice?.status).toBe('paid');
    expect(paid.balance.balance).toBe('1000.00');
    expect(await entryTypes(t, customerId)).toEqual([['top_up', '1000.00']]);
  });

  it('credits the payment of a balance-due invoice as a debt payment', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '450.00',
      reason: 'March usage',
      requestId: rid(),
    });
    const invoice = await givenIssuedInvoice(t, customerId, '450.00', { kind: 'balance_due' });
    const paid = await pay(t, customerId, '460.00', { invoiceId: invoice.id });
    expect(paid.invoice?.status).toBe('paid');
    expect(paid.balance.balance).toBe('10.00');
    expect((await entryTypes(t, customerId)).slice(1)).toEqual([
      ['debt_payment', '450.00'],
      ['overpayment', '10.00'],
    ]);
  });

  it('can still collect an uncollectible invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '80.00');
    await t.call('invoices.markUncollectible', {
      invoiceId: invoice.id,
      reason: 'Client vanished',
      requestId: rid(),
    });
    const paid = await pay(t, customerId, '80.00', { invoiceId: invoice.id });
    expect(paid.invoice?.status).toBe('paid');
  });

  it('is an error table in precedence order, each changing nothing', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const euroCustomer = await givenCustomer(t, { name: 'Euro', currency: 'EUR' });
    const other = await givenCustomer(t, { name: 'Other' });
    const draft = await givenDraft(t, customerId, '10.00');
    const paidInvoice = await givenIssuedInvoice(t, customerId, '10.00');
    await pay(t, customerId, '10.00', { invoiceId: paidInvoice.id });
    const euroInvoice = await givenIssuedInvoice(t, euroCustomer, '10.00');
    const otherInvoice = await givenIssuedInvoice(t, other, '10.00');
    const rows: [string, object, string, string?][] = [
      ['unknown customer', { customerId: 'cus_x' }, 'NOT_FOUND', 'customerId'],
      ['unknown invoice', { invoiceId: 'inv_x' }, 'NOT_FOUND', 'invoiceId'],
      ['other currency', { currency: 'EUR' }, 'CURRENCY_MISMATCH', 'currency'],
      [
        'invoice in another currency',
        { invoiceId: euroInvoice.id },
        'CURRENCY_MISMATCH',
        'currency',
      ],
      ["another customer's invoice", { invoiceId: otherInvoice.id }, 'VALIDATION', 'invoiceId'],
      ['future date', { receivedOn: '2026-03-02' }, 'VALIDATION', 'receivedOn'],
      ['unknown method', { method: 'bitcoin' }, 'VALIDATION', 'method'],
      ['draft invoice', { invoiceId: draft.id }, 'CONFLICT'],
      ['paid invoice', { invoiceId: paidInvoice.id }, 'CONFLICT'],
    ];
    const before = await t.call('payments.list', {});
    for (const [name, override, code, field] of rows) {
      const error = await t.fail('payments.record', {
        customerId,
        amount: '5.00',
        method: 'cash',
        receivedOn: '2026-03-01',
        requestId: rid(),
        ...override,
      });
      expect([error.code, error.field], name).toEqual([code, field]);
    }
    expect(await t.call('payments.list', {})).toEqual(before);
  });

  it('lists payments newest first, by customer and invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const first = await pay(t, customerId, '10.00', { invoiceId: invoice.id });
    const second = await pay(t, customerId, '20.00');
    const all = await t.call('payments.list', { customerId });
    expect(all.items.map((item) => item.id)).toEqual([second.payment.id, first.payment.id]);
    const byInvoice = await t.call('payments.list', { invoiceId: invoice.id });
    expect(byInvoice.items.map((item) => [item.amount, item.method, item.reference])).toEqual([
      ['10.00', 'bank_transfer', 'SEPA-1'],
    ]);
  });
});
