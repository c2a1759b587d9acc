/**
 * Proves `balance.reverse` (SPEC 12): a reversal linked to its original puts back exactly the lots
 * the original formed or took (kind, remaining, expiry; an expired lot expires again at once), is
 * refused naming what spent the credit, for a reversal, a document's entry, an expiry and an entry
 * reversed already, and leaves a book that verifies.
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

async function lotsOf(t: TestBackend, customerId: string) {
  const balance = await t.call('balance.get', { customerId });
  return balance.grants.map((grant) => [grant.kind, grant.remaining, grant.expiresOn]);
}

function reverse(t: TestBackend, entryId: string, reason = 'Entered by mistake') {
  return t.call('balance.reverse', { entryId, reason, requestId: rid('reverse') });
}

async function verified(t: TestBackend) {
  const verification = await t.call('audit.verify', {});
  expect(verification.problems).toEqual([]);
}

describe('balance.reverse of a credit', () => {
  it('takes back a mistaken top-up whole and leaves the promotional lot as it was', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00', { kind: 'promotional', expiresOn: '2026-06-30' });
    const mistaken = await topUp(t, customerId, '500.00');
    const reversal = await reverse(t, mistaken.entry.id);
    expect(reversal.entry).toMatchObject({
      type: 'reversal',
      amount: '-500.00',
      reversesEntryId: mistaken.entry.id,
      reversible: false,
    });
    expect(reversal.balance.balance).toBe('100.00');
    expect(reversal.balance.refundable).toBe('0.00');
    expect(await lotsOf(t, customerId)).toEqual([['promotional', '100.00', '2026-06-30']]);
    const refused = await t.fail('balance.refund', {
      customerId,
      amount: '100.00',
      method: 'cash',
      reason: 'Left',
      requestId: rid(),
    });
    expect(refused.code).toBe('INSUFFICIENT_BALANCE');
    await verified(t);
  });

  it('puts back the debt a top-up had paid', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await setBillingMode(t, customerId, 'credit_limit', '100.00');
    await charge(t, customerId, '50.00');
    const paid = await topUp(t, customerId, '80.00');
    const reversal = await reverse(t, paid.entry.id);
    expect(reversal.balance.balance).toBe('-50.00');
    expect(await lotsOf(t, customerId)).toEqual([]);
    await verified(t);
  });

  it('is refused once the credit has been spent, naming the entry or invoice that spent it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const credit = await topUp(t, customerId, '100.00');
    const spent = await charge(t, customerId, '30.00');
    const byCharge = await t.fail('balance.reverse', {
      entryId: credit.entry.id,
      reason: 'x',
      requestId: rid(),
    });
    expect(byCharge).toMatchObject({ code: 'CONFLICT', field: 'entryId' });
    expect(byCharge.message).toContain(`#${spent.entry.seq}`);
    const other = await givenCustomer(t, { name: 'Other' });
    const lot = await topUp(t, other, '100.00');
    const invoice = await givenIssuedInvoice(t, other, '40.00');
    const byInvoice = await t.fail('balance.reverse', {
      entryId: lot.entry.id,
      reason: 'x',
      requestId: rid(),
    });
    expect(byInvoice.message).toContain(invoice.number ?? 'no number');
  });
});

describe('balance.reverse of a debit', () => {
  it('gives back to each lot what the charge took, with its kind and expiry', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '30.00', { kind: 'promotional', expiresOn: '2026-03-10' });
    await topUp(t, customerId, '50.00');
    const before = await lotsOf(t, customerId);
    const charged = await charge(t, customerId, '60.00');
    const reversal = await reverse(t, charged.entry.id);
    expect(reversal.entry.amount).toBe('60.00');
    expect(reversal.balance.balance).toBe('80.00');
    expect(await lotsOf(t, customerId)).toEqual(before);
    await verified(t);
  });

  it('answers with what it gave back to each lot, as its history shows it', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const promotional = await topUp(t, customerId, '30.00', {
      kind: 'promotional',
      expiresOn: '2026-03-10',
    });
    const paid = await topUp(t, customerId, '50.00');
    const charged = await charge(t, customerId, '60.00');
    const reversal = await reverse(t, charged.entry.id);
    expect(reversal.entry.allocations).toEqual([
      { grantId: promotional.entry.grantId, amount: '-30.00' },
      { grantId: paid.entry.grantId, amount: '-30.00' },
    ]);
    const history = await t.call('balance.history', { customerId });
    const shown = history.items.find((entry) => entry.id === reversal.entry.id);
    expect(shown?.allocations).toEqual(reversal.entry.allocations);
  });

  it('expires again at once, on its own day, a lot that expired since', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '20.00', { kind: 'promotional', expiresOn: '2026-03-05' });
    const charged = await charge(t, customerId, '20.00');
    t.clock.set('2026-03-10T09:00:00Z');
    const reversal = await reverse(t, charged.entry.id);
    expect(reversal.balance.balance).toBe('0.00');
    const history = await t.call('balance.history', { customerId });
    expect(
      history.items.slice(0, 2).map((entry) => [entry.type, entry.amount, entry.effectiveOn]),
    ).toEqual([
      ['expiration', '-20.00', '2026-03-10'],
      ['reversal', '20.00', '2026-03-10'],
    ]);
    await verified(t);
  });

  it('pays the debt the debit made before giving back to its lots', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00');
    const debit = await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '80.00',
      reason: 'Typo',
      requestId: rid(),
    });
    expect(debit.balance.balance).toBe('-30.00');
    const reversal = await reverse(t, debit.entry.id);
    expect(reversal.balance.balance).toBe('50.00');
    expect(await lotsOf(t, customerId)).toEqual([['paid', '50.00', null]]);
    await verified(t);
  });
});

describe('balance.reverse refusals and history', () => {
  it('refuses a reversal, an entry reversed already, an invoice application and an expiry', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const credit = await topUp(t, customerId, '10.00');
    const reversal = await reverse(t, credit.entry.id);
    await topUp(t, customerId, '100.00');
    await givenIssuedInvoice(t, customerId, '40.00');
    await topUp(t, customerId, '5.00', { kind: 'promotional', expiresOn: '2026-03-02' });
    t.clock.set('2026-03-05T09:00:00Z');
    const history = await t.call('balance.history', { customerId });
    const ofType = (type: string) => history.items.find((entry) => entry.type === type);
    for (const entryId of [
      reversal.entry.id,
      credit.entry.id,
      ofType('applied_to_invoice')?.id,
      ofType('expiration')?.id,
    ]) {
      const error = await t.fail('balance.reverse', { entryId, reason: 'x', requestId: rid() });
      expect({ code: error.code, field: error.field }).toEqual({
        code: 'CONFLICT',
        field: 'entryId',
      });
    }
    expect(ofType('applied_to_invoice')?.reversible).toBe(false);
  });

  it('shows in history which entry reversed which, and which rows may still be reversed', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const credit = await topUp(t, customerId, '10.00');
    const kept = await topUp(t, customerId, '20.00');
    const reversal = await reverse(t, credit.entry.id);
    const history = await t.call('balance.history', { customerId });
    const byId = new Map(history.items.map((entry) => [entry.id, entry]));
    expect(byId.get(credit.entry.id)).toMatchObject({
      reversedByEntryId: reversal.entry.id,
      reversible: false,
    });
    expect(byId.get(reversal.entry.id)?.reversesEntryId).toBe(credit.entry.id);
    expect(byId.get(kept.entry.id)?.reversible).toBe(true);
    await charge(t, customerId, '1.00');
    const after = await t.call('balance.history', { customerId });
    expect(after.items.find((entry) => entry.id === kept.entry.id)?.reversible).toBe(false);
  });

  it('is audited with its reason and refused to a viewer', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const credit = await topUp(t, customerId, '10.00');
    const viewer = await t.call('users.create', { name: 'Vi', role: 'viewer', requestId: rid() });
    const forbidden = await t.fail(
      'balance.reverse',
      { entryId: credit.entry.id, reason: 'x', requestId: rid() },
      viewer.id,
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    await reverse(t, credit.entry.id, 'Wrong customer');
    const events = await t.call('audit.list', { entityType: 'customer', entityId: customerId });
    expect(events.items[0]).toMatchObject({ action: 'balance.reverse', reason: 'Wrong customer' });
  });
});
