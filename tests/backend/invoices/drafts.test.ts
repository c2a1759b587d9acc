/** Proves drafts and issue: line arithmetic, editing only drafts, gapless numbers, frozen dates. */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
} from '../../support/backend.ts';

describe('draft invoices', () => {
  it('rounds each line half-up and sums the rounded lines', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await t.call('invoices.create', {
      customerId,
      lines: [
        { description: 'Hours', quantity: '2.5', unitPrice: '33.33', taxRate: '21' },
        { description: 'Thirds', quantity: '0.333', unitPrice: '10.00' },
        { description: 'Licence', quantity: '3', unitPrice: '0.05', taxRate: '10' },
      ],
      requestId: rid(),
    });
    // 2.5 x 33.33 = 83.325 -> 83.33; tax 21% = 17.4993 -> 17.50
    // 0.333 x 10 = 3.33; 3 x 0.05 = 0.15, tax 10% = 0.015 -> 0.02
    expect(draft.lines.map((line) => [line.amount, line.tax])).toEqual([
      ['83.33', '17.50'],
      ['3.33', '0.00'],
      ['0.15', '0.02'],
    ]);
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      subtotal: '86.81',
      tax: '17.52',
      total: '104.33',
      amountDue: '104.33',
      creditApplied: '0.00',
      amountPaid: '0.00',
      creditNoted: '0.00',
      pastDue: false,
    });
  });

  it('names the line of a price with too many decimals', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { currency: 'JPY' });
    const error = await t.fail('invoices.create', {
      customerId,
      lines: [
        { description: 'A', quantity: '1', unitPrice: '100' },
        { description: 'B', quantity: '1', unitPrice: '100.5' },
      ],
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'lines.1.unitPrice' });
  });

  it('refuses another currency than the customer is billed in', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { currency: 'EUR' });
    const error = await t.fail('invoices.create', {
      customerId,
      currency: 'USD',
      lines: [{ description: 'A', quantity: '1', unitPrice: '1.00' }],
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'CURRENCY_MISMATCH', field: 'currency' });
  });

  it('edits a draft but never an issued invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await givenDraft(t, customerId, '100.00');
    const edited = await t.call('invoices.update', {
      invoiceId: draft.id,
      lines: [{ description: 'More work', quantity: '2', unitPrice: '75.00' }],
      memo: 'Thanks',
      requestId: rid(),
    });
    expect(edited).toMatchObject({ total: '150.00', amountDue: '150.00', memo: 'Thanks' });
    await t.call('invoices.issue', { invoiceId: draft.id, requestId: rid() });
    const error = await t.fail('invoices.update', {
      invoiceId: draft.id,
      memo: 'Changed',
      requestId: rid(),
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('open');
    const again = await t.fail('invoices.issue', { invoiceId: draft.id, requestId: rid() });
    expect(again.code).toBe('CONFLICT');
  });
});

describe('issue', () => {
  it('numbers invoices in issue order from the prefix, never numbering drafts', async () => {
    const t = givenBackend();
    await t.call('settings.update', { invoicePrefix: 'BB-2026-', requestId: rid() });
    const customerId = await givenCustomer(t);
    const first = await givenDraft(t, customerId, '10.00');
    const second = await givenDraft(t, customerId, '20.00');
    await givenDraft(t, customerId, '30.00');
    const issuedSecond = await t.call('invoices.issue', { invoiceId: second.id, requestId: rid() });
    const issuedFirst = await t.call('invoices.issue', { invoiceId: first.id, requestId: rid() });
    expect(issuedSecond.number).toBe('BB-2026-0001');
    expect(issuedFirst.number).toBe('BB-2026-0002');
    const voided = await t.call('invoices.void', {
      invoiceId: issuedFirst.id,
      reason: 'Mistake',
      requestId: rid(),
    });
    expect(voided.number).toBe('BB-2026-0002');
    const third = await givenIssuedInvoice(t, customerId, '5.00');
    expect(third.number).toBe('BB-2026-0003');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('freezes the issue date and takes the due date from the payment terms unless given', async () => {
    const t = givenBackend({ start: '2026-03-10T09:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 30 });
    const byTerms = await givenIssuedInvoice(t, customerId, '10.00');
    expect(byTerms).toMatchObject({
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
      status: 'open',
    });
    const given = await givenIssuedInvoice(t, customerId, '10.00', { dueDate: '2026-03-15' });
    expect(given.dueDate).toBe('2026-03-15');
    const backwards = await t.fail('invoices.create', {
      customerId,
      lines: [{ description: 'A', quantity: '1', unitPrice: '1.00' }],
      issueDate: '2026-03-10',
      dueDate: '2026-03-09',
      requestId: rid(),
    });
    expect(backwards).toMatchObject({ code: 'VALIDATION', field: 'dueDate' });
  });

  it('shows an open invoice past its due date as past due', async () => {
    const t = givenBackend({ start: '2026-03-10T09:00:00Z' });
    const customerId = await givenCustomer(t, { paymentTermsDays: 14 });
    const invoice = await givenIssuedInvoice(t, customerId, '10.00');
    t.clock.set('2026-03-24T12:00:00Z');
    expect((await t.call('invoices.get', { invoiceId: invoice.id })).pastDue).toBe(false);
    t.clock.set('2026-03-25T12:00:00Z');
    expect((await t.call('invoices.get', { invoiceId: invoice.id })).pastDue).toBe(true);
  });

  it('lists invoices newest first, by customer, status and kind, in pages', async () => {
    const t = givenBackend();
    const one = await givenCustomer(t);
    const two = await givenCustomer(t, { name: 'Other' });
    const a = await givenIssuedInvoice(t, one, '1.00');
    const b = await givenDraft(t, one, '2.00');
    const c = await givenDraft(t, one, '3.00', { kind: 'top_up' });
    await givenDraft(t, two, '4.00');
    const page = await t.call('invoices.list', { customerId: one, limit: 2 });
    expect(page.items.map((item) => item.id)).toEqual([c.id, b.id]);
    const rest = await t.call('invoices.list', {
      customerId: one,
      cursor: page.nextCursor ?? undefined,
    });
    expect(rest.items.map((item) => item.id)).toEqual([a.id]);
    const open = await t.call('invoices.list', { status: 'open' });
    expect(open.items.map((item) => item.id)).toEqual([a.id]);
    const topUps = await t.call('invoices.list', { kind: 'top_up' });
    expect(topUps.items.map((item) => item.id)).toEqual([c.id]);
    expect(page.items[0]?.lines).toHaveLength(1);
  });

  it('fixes the customer currency once an invoice is issued', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await givenIssuedInvoice(t, customerId, '10.00');
    const error = await t.fail('customers.update', {
      customerId,
      currency: 'EUR',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'currency' });
  });
});
