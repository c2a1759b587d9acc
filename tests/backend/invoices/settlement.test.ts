/** Proves automatic settlement at issue and manual application of the balance (SPEC 3). */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function balanceOf(t: TestBackend, customerId: string) {
  return (await t.call('balance.get', { customerId })).balance;
}

describe('automatic settlement at issue', () => {
  it('applies 60 of credit to an invoice of 100: 40 due, balance 0', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '60.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    expect(invoice).toMatchObject({
      status: 'open',
      total: '100.00',
      creditApplied: '60.00',
      amountDue: '40.00',
    });
    expect(await balanceOf(t, customerId)).toBe('0.00');
    const [entry] = (await t.call('balance.history', { customerId })).items;
    expect(entry).toMatchObject({
      type: 'applied_to_invoice',
      amount: '-60.00',
      invoiceId: invoice.id,
    });
  });

  it('pays an invoice of 100 from 150 of credit, leaving 50', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '150.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    expect(invoice).toMatchObject({ status: 'paid', creditApplied: '100.00', amountDue: '0.00' });
    expect(await balanceOf(t, customerId)).toBe('50.00');
  });

  it('spends expiring and promotional credit first', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const paid = await topUp(t, customerId, '100.00');
    const promo = await topUp(t, customerId, '30.00', {
      kind: 'promotional',
      expiresOn: '2026-06-30',
    });
    await givenIssuedInvoice(t, customerId, '50.00');
    const [entry] = (await t.call('balance.history', { customerId })).items;
    expect(entry?.allocations).toEqual([
      { grantId: promo.entry.grantId, amount: '30.00' },
      { grantId: paid.entry.grantId, amount: '20.00' },
    ]);
  });

  it('never adds a negative balance to an invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '25.00',
      reason: 'Owed',
      requestId: rid(),
    });
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    expect(invoice).toMatchObject({ total: '100.00', creditApplied: '0.00', amountDue: '100.00' });
    expect(await balanceOf(t, customerId)).toBe('-25.00');
  });

  it('leaves the balance alone when automatic application is off', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { autoApplyCredit: false });
    await topUp(t, customerId, '80.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    expect(invoice.amountDue).toBe('100.00');
    expect(await balanceOf(t, customerId)).toBe('80.00');
  });

  it('never settles top-up and balance-due invoices from the balance', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '500.00');
    for (const kind of ['top_up', 'balance_due'] as const) {
      const invoice = await givenIssuedInvoice(t, customerId, '100.00', { kind });
      expect(invoice).toMatchObject({
        kind,
        status: 'open',
        creditApplied: '0.00',
        amountDue: '100.00',
      });
    }
    expect(await balanceOf(t, customerId)).toBe('500.00');
  });
});

describe('balance.applyToInvoice', () => {
  async function openInvoiceThenCredit(credit: string, amount = '100.00') {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, amount);
    await topUp(t, customerId, credit);
    return { t, customerId, invoice };
  }

  it('applies all that fits to an invoice issued before the credit existed', async () => {
    const { t, customerId, invoice } = await openInvoiceThenCredit('150.00');
    const applied = await t.call('balance.applyToInvoice', {
      invoiceId: invoice.id,
      requestId: rid(),
    });
    expect(applied.invoice).toMatchObject({
      status: 'paid',
      creditApplied: '100.00',
      amountDue: '0.00',
    });
    expect(applied.entry).toMatchObject({
      type: 'applied_to_invoice',
      amount: '-100.00',
      invoiceId: invoice.id,
    });
    expect(applied.balance.balance).toBe('50.00');
    expect(await balanceOf(t, customerId)).toBe('50.00');
  });

  it('answers with the lots the credit came from, as the history shows them', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const paid = await topUp(t, customerId, '80.00');
    const promotional = await topUp(t, customerId, '40.00', {
      kind: 'promotional',
      expiresOn: '2026-03-10',
    });
    const applied = await t.call('balance.applyToInvoice', {
      invoiceId: invoice.id,
      requestId: rid(),
    });
    // Promotional credit expiring first is spent first, whatever order the lots came in.
    expect(applied.entry.allocations).toEqual([
      { grantId: promotional.entry.grantId, amount: '40.00' },
      { grantId: paid.entry.grantId, amount: '60.00' },
    ]);
    const history = await t.call('balance.history', { customerId });
    const shown = history.items.find((entry) => entry.id === applied.entry.id);
    expect(shown?.allocations).toEqual(applied.entry.allocations);
  });

  it('applies a chosen amount and leaves the rest to be paid', async () => {
    const { t, customerId, invoice } = await openInvoiceThenCredit('150.00');
    const applied = await t.call('balance.applyToInvoice', {
      invoiceId: invoice.id,
      amount: '30.00',
      requestId: rid(),
    });
    expect(applied.invoice).toMatchObject({ status: 'open', amountDue: '70.00' });
    const paid = await t.call('payments.record', {
      customerId,
      invoiceId: invoice.id,
      amount: '70.00',
      method: 'card',
      receivedOn: '2026-03-01',
      requestId: rid(),
    });
    expect(paid.invoice).toMatchObject({
      status: 'paid',
      creditApplied: '30.00',
      amountPaid: '70.00',
      amountDue: '0.00',
    });
  });

  it('applies a partial balance and keeps the invoice open', async () => {
    const { t, invoice } = await openInvoiceThenCredit('40.00');
    const applied = await t.call('balance.applyToInvoice', {
      invoiceId: invoice.id,
      requestId: rid(),
    });
    expect(applied.invoice).toMatchObject({ status: 'open', amountDue: '60.00' });
    expect(applied.balance.balance).toBe('0.00');
  });

  it('is an error table in precedence order', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await givenDraft(t, customerId, '10.00');
    const open = await givenIssuedInvoice(t, customerId, '100.00');
    const voided = await givenIssuedInvoice(t, customerId, '10.00');
    await t.call('invoices.void', { invoiceId: voided.id, reason: 'Wrong', requestId: rid() });
    const bad = await givenIssuedInvoice(t, customerId, '10.00');
    await t.call('invoices.markUncollectible', {
      invoiceId: bad.id,
      reason: 'Gone',
      requestId: rid(),
    });
    const noCredit = await t.fail('balance.applyToInvoice', {
      invoiceId: open.id,
      requestId: rid(),
    });
    expect(noCredit.code).toBe('NO_CREDIT_AVAILABLE');
    await topUp(t, customerId, '10.00');
    const paid = await givenIssuedInvoice(t, customerId, '10.00');
    expect(paid.status).toBe('paid');
    await topUp(t, customerId, '50.00');
    const rows: [string, object, string][] = [
      ['unknown', { invoiceId: 'inv_missing' }, 'NOT_FOUND'],
      ['draft', { invoiceId: draft.id }, 'INVOICE_NOT_OPEN'],
      ['paid', { invoiceId: paid.id }, 'INVOICE_NOT_OPEN'],
      ['void', { invoiceId: voided.id }, 'INVOICE_NOT_OPEN'],
      ['uncollectible', { invoiceId: bad.id }, 'INVOICE_NOT_OPEN'],
      ['decimals', { invoiceId: open.id, amount: '1.001' }, 'VALIDATION'],
      ['more than outstanding', { invoiceId: open.id, amount: '100.01' }, 'EXCEEDS_OUTSTANDING'],
      ['more than the balance', { invoiceId: open.id, amount: '60.00' }, 'INSUFFICIENT_BALANCE'],
    ];
    for (const [name, input, code] of rows) {
      const error = await t.fail('balance.applyToInvoice', { ...input, requestId: rid() });
      expect(error.code, name).toBe(code);
    }
    expect(await balanceOf(t, customerId)).toBe('50.00');
    expect((await t.call('invoices.get', { invoiceId: open.id })).amountDue).toBe('100.00');
  });

  it('finds no credit when the balance is negative', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const open = await givenIssuedInvoice(t, customerId, '100.00');
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '5.00',
      reason: 'Owed',
      requestId: rid(),
    });
    const error = await t.fail('balance.applyToInvoice', { invoiceId: open.id, requestId: rid() });
    expect(error.code).toBe('NO_CREDIT_AVAILABLE');
  });

  it('is refused to a viewer', async () => {
    const { t, invoice } = await openInvoiceThenCredit('10.00');
    const viewer = await t.call('users.create', { name: 'V', role: 'viewer', requestId: rid() });
    const error = await t.fail(
      'balance.applyToInvoice',
      { invoiceId: invoice.id, requestId: rid() },
      viewer.id,
    );
    expect(error.code).toBe('FORBIDDEN');
  });
});
