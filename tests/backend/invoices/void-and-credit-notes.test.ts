/** Proves void, write-off and credit notes (SPEC 3), the state machine's refusals, and their audit. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenDraft,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

describe('invoices.void', () => {
  it('returns applied credit with its kind and expiry as unapplied_from_invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '30.00', { kind: 'promotional', expiresOn: '2026-05-31' });
    await topUp(t, customerId, '40.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    expect(invoice.creditApplied).toBe('70.00');
    const voided = await t.call('invoices.void', {
      invoiceId: invoice.id,
      reason: 'Billed twice',
      requestId: rid(),
    });
    expect(voided).toMatchObject({ status: 'void', creditApplied: '0.00', number: invoice.number });
    const balance = await t.call('balance.get', { customerId });
    expect(balance.balance).toBe('70.00');
    expect(balance.grants.map((grant) => [grant.kind, grant.remaining, grant.expiresOn])).toEqual([
      ['promotional', '30.00', '2026-05-31'],
      ['paid', '40.00', null],
    ]);
    const history = await t.call('balance.history', { customerId });
    expect(
      history.items.slice(0, 2).map((entry) => [entry.type, entry.amount, entry.invoiceId]),
    ).toEqual([
      ['unapplied_from_invoice', '40.00', invoice.id],
      ['unapplied_from_invoice', '30.00', invoice.id],
    ]);
    const refund = await t.fail('balance.refund', {
      customerId,
      amount: '41.00',
      method: 'cash',
      reason: 'x',
      requestId: rid(),
    });
    expect(refund.code).toBe('INSUFFICIENT_BALANCE');
  });

  it('expires returned credit at once when its expiry day has passed meanwhile', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '30.00', { expiresOn: '2026-03-05' });
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    t.clock.advance({ days: 10 });
    await t.call('invoices.void', {
      invoiceId: invoice.id,
      reason: 'Wrong client',
      requestId: rid(),
    });
    const history = await t.call('balance.history', { customerId });
    expect(history.items.slice(0, 2).map((entry) => entry.type)).toEqual([
      'expiration',
      'unapplied_from_invoice',
    ]);
    expect(history.items[0]?.occurredAt).toBe(history.items[1]?.occurredAt);
    expect((await t.call('balance.get', { customerId })).balance).toBe('0.00');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses drafts, paid invoices and invoices with payments, and needs a reason', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await givenDraft(t, customerId, '10.00');
    const partlyPaid = await givenIssuedInvoice(t, customerId, '10.00');
    await t.call('payments.record', {
      customerId,
      invoiceId: partlyPaid.id,
      amount: '1.00',
      method: 'cash',
      receivedOn: '2026-03-01',
      requestId: rid(),
    });
    const noReason = await t.fail('invoices.void', { invoiceId: partlyPaid.id, requestId: rid() });
    expect(noReason.code).toBe('REASON_REQUIRED');
    for (const invoiceId of [draft.id, partlyPaid.id]) {
      const error = await t.fail('invoices.void', { invoiceId, reason: 'x', requestId: rid() });
      expect(error.code).toBe('CONFLICT');
    }
    expect(
      (await t.fail('invoices.void', { invoiceId: draft.id, reason: 'x', requestId: rid() }))
        .message,
    ).toContain('draft');
  });
});

describe('invoices.markUncollectible', () => {
  it('writes off an open invoice, after which balance cannot be applied', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '50.00');
    const written = await t.call('invoices.markUncollectible', {
      invoiceId: invoice.id,
      reason: 'Bankrupt',
      requestId: rid(),
    });
    expect(written).toMatchObject({ status: 'uncollectible', amountDue: '50.00', pastDue: false });
    await topUp(t, customerId, '50.00');
    const error = await t.fail('balance.applyToInvoice', {
      invoiceId: invoice.id,
      requestId: rid(),
    });
    expect(error.code).toBe('INVOICE_NOT_OPEN');
    const again = await t.fail('invoices.markUncollectible', {
      invoiceId: invoice.id,
      reason: 'x',
      requestId: rid(),
    });
    expect(again.code).toBe('CONFLICT');
    expect(
      (await t.fail('invoices.void', { invoiceId: invoice.id, reason: 'x', requestId: rid() }))
        .code,
    ).toBe('CONFLICT');
  });
});

describe('creditNotes.create', () => {
  it('reduces what is due first and credits the rest to the balance', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    await t.call('payments.record', {
      customerId,
      invoiceId: invoice.id,
      amount: '70.00',
      method: 'card',
      receivedOn: '2026-03-01',
      requestId: rid(),
    });
    const noted = await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '50.00',
      reason: 'Damaged',
      requestId: rid(),
    });
    expect(noted.creditNote).toMatchObject({
      amount: '50.00',
      reducedDue: '30.00',
      creditedToBalance: '20.00',
    });
    expect(noted.invoice).toMatchObject({
      status: 'paid',
      creditNoted: '50.00',
      amountPaid: '50.00',
      amountDue: '0.00',
    });
    expect(noted.balance.balance).toBe('20.00');
    const history = await t.call('balance.history', { customerId });
    expect(history.items[0]).toMatchObject({
      type: 'credit_note',
      amount: '20.00',
      creditNoteId: noted.creditNote.id,
    });
  });

  it('credits all of it to the balance on a paid invoice', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const noted = await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '25.00',
      reason: 'Discount',
      requestId: rid(),
    });
    expect(noted.creditNote).toMatchObject({ reducedDue: '0.00', creditedToBalance: '25.00' });
    expect(noted.invoice).toMatchObject({
      status: 'paid',
      creditApplied: '75.00',
      creditNoted: '25.00',
      amountDue: '0.00',
    });
    expect(noted.balance.balance).toBe('25.00');
  });

  it('only reduces the amount due when it fits', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const noted = await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '40.00',
      reason: 'Late',
      requestId: rid(),
    });
    expect(noted.invoice).toMatchObject({ status: 'open', amountDue: '60.00' });
    expect(noted.balance.balance).toBe('0.00');
  });

  it('never credits more than the total less earlier credit notes', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '60.00',
      reason: 'A',
      requestId: rid(),
    });
    const error = await t.fail('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '40.01',
      reason: 'B',
      requestId: rid(),
    });
    expect(error).toMatchObject({ code: 'EXCEEDS_OUTSTANDING', field: 'amount' });
    const rest = await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '40.00',
      reason: 'B',
      requestId: rid(),
    });
    expect(rest.invoice).toMatchObject({
      status: 'paid',
      creditNoted: '100.00',
      amountDue: '0.00',
    });
  });

  it('refuses drafts and void invoices, and needs a reason', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const draft = await givenDraft(t, customerId, '10.00');
    const voided = await givenIssuedInvoice(t, customerId, '10.00');
    await t.call('invoices.void', { invoiceId: voided.id, reason: 'x', requestId: rid() });
    expect(
      (
        await t.fail('creditNotes.create', {
          invoiceId: draft.id,
          amount: '1.00',
          requestId: rid(),
        })
      ).code,
    ).toBe('REASON_REQUIRED');
    for (const invoiceId of [draft.id, voided.id]) {
      const error = await t.fail('creditNotes.create', {
        invoiceId,
        amount: '1.00',
        reason: 'x',
        requestId: rid(),
      });
      expect(error.code).toBe('CONFLICT');
    }
  });
});

describe('audit of invoices', () => {
  it('logs every transition', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    await t.call('payments.record', {
      customerId,
      invoiceId: invoice.id,
      amount: '10.00',
      method: 'cash',
      receivedOn: '2026-03-01',
      requestId: rid(),
    });
    await t.call('creditNotes.create', {
      invoiceId: invoice.id,
      amount: '5.00',
      reason: 'Goodwill',
      requestId: rid(),
    });
    await t.call('invoices.markUncollectible', {
      invoiceId: invoice.id,
      reason: 'Gone',
      requestId: rid(),
    });
    const events = await t.call('audit.list', { entityType: 'invoice', entityId: invoice.id });
    expect(events.items.map((event) => event.action).reverse()).toEqual([
      'invoices.create',
      'invoices.issue',
      'balance.applyToInvoice',
      'invoices.pay',
      'creditNotes.create',
      'invoices.markUncollectible',
    ]);
  });

  it('names an invoice whose amount due or number was edited behind its back', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    const first = await givenIssuedInvoice(t, customerId, '100.00');
    await givenIssuedInvoice(t, customerId, '50.00');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    const raw = new Database(dbPath);
    raw.exec('DROP TRIGGER invoices_frozen_at_issue');
    raw.prepare('UPDATE invoices SET amount_due_minor = 1 WHERE id = ?').run(first.id);
    raw.prepare('UPDATE invoices SET number_seq = 7 WHERE number_seq = 2').run();
    raw.close();
    const verification = await t.call('audit.verify', {});
    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual(
      expect.arrayContaining([
        `invoice ${first.id}: amount due is not its total less credit applied, paid and credit notes`,
        'invoice number 2 is missing from the sequence',
      ]),
    );
  });

  it('freezes an issued invoice in SQLite itself', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    const invoice = await givenIssuedInvoice(t, customerId, '100.00');
    const raw = new Database(dbPath);
    try {
      expect(() =>
        raw.prepare('UPDATE invoices SET total_minor = 1 WHERE id = ?').run(invoice.id),
      ).toThrow(/frozen/);
      expect(() =>
        raw.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(invoice.id),
      ).toThrow(/frozen/);
      expect(() => raw.prepare('DELETE FROM invoices WHERE id = ?').run(invoice.id)).toThrow(
        /never deleted/,
      );
    } finally {
      raw.close();
    }
  });
});
