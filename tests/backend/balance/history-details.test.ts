/**
 * Proves that `balance.history` shows, for a debit, the lots it took (lot, kind, expiry, amount)
 * in the order it took them, and links every entry to each document behind it (SPEC 12).
 */
import { describe, expect, it } from 'vitest';
import {
  charge,
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';

describe('balance.history details', () => {
  it('lists the lots a charge took, promotional credit expiring first, then paid', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const paid = await topUp(t, customerId, '50.00');
    const promo = await topUp(t, customerId, '20.00', {
      kind: 'promotional',
      expiresOn: '2026-03-31',
    });
    await charge(t, customerId, '30.00', 'Design');
    const [debit, ...credits] = (await t.call('balance.history', { customerId })).items;
    expect(debit?.lots).toEqual([
      {
        grantId: promo.entry.grantId,
        kind: 'promotional',
        expiresOn: '2026-03-31',
        amount: '20.00',
      },
      { grantId: paid.entry.grantId, kind: 'paid', expiresOn: null, amount: '10.00' },
    ]);
    expect(credits.map((entry) => entry.lots)).toEqual([[], []]);
  });

  it('links payments, invoices, credit notes and time entries', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { hourlyRate: '40.00', autoApplyCredit: false });
    const payment = await t.call('payments.record', {
      customerId,
      amount: '100.00',
      method: 'card',
      reference: 'R-7',
      receivedOn: '2026-03-01',
      requestId: rid(),
    });
    const time = await t.call('time.create', {
      customerId,
      date: '2026-03-01',
      hours: '1.5',
      description: 'Call',
      requestId: rid(),
    });
    await t.call('time.deduct', { customerId, timeEntryIds: [time.id], requestId: rid() });
    const invoice = await givenIssuedInvoice(t, customerId, '30.00');
    await t.call('balance.applyToInvoice', { invoiceId: invoice.id, requestId: rid() });
    const note = await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '5.00',
      reason: 'Goodwill',
      requestId: rid(),
    });
    const items = (await t.call('balance.history', { customerId })).items;
    expect(items.map((entry) => [entry.type, entry.documents])).toEqual([
      [
        'credit_note',
        [
          { kind: 'invoice', id: invoice.id, label: 'Invoice INV-0001' },
          { kind: 'creditNote', id: note.creditNote.id, label: 'Credit note of 2026-03-01' },
        ],
      ],
      ['applied_to_invoice', [{ kind: 'invoice', id: invoice.id, label: 'Invoice INV-0001' }]],
      ['charge', [{ kind: 'timeEntry', id: time.id, label: 'Time 2026-03-01: 1.5 h' }]],
      [
        'top_up',
        [
          {
            kind: 'payment',
            id: payment.payment.id,
            label: 'Payment received 2026-03-01 (ref R-7)',
          },
        ],
      ],
    ]);
  });
});
