/**
 * Proves that the reports follow each entry's business date (`effective_on`), not the day it was
 * typed: a payment received on 20 November and recorded on 4 December counts in November's credit
 * owed, activity, journal and ageing; and that an entry dated back across the date of a lot it
 * spent, or of a debt it paid, still gives lots that agree with the balance (docs/rules.md).
 */
import { describe, expect, it } from 'vitest';
import { JOURNAL_ACCOUNTS } from '../../../shared/contract/report-types.ts';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

const MAPPED = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Acct ${key}`]));

async function owedAt(t: TestBackend, asOf: string) {
  const report = await t.call('reports.creditOwed', { asOf, currency: 'USD' });
  return report.currencies[0]?.totals;
}

describe('the reports on a payment received on 20 November and typed on 4 December', () => {
  async function givenLatePayment() {
    const t = givenBackend({ start: '2026-11-02T10:00:00Z' });
    const customerId = await givenCustomer(t, { name: 'Late', paymentTermsDays: 10 });
    const invoice = await givenIssuedInvoice(t, customerId, '80.00');
    t.clock.set('2026-12-04T10:00:00Z');
    for (const [amount, invoiceId] of [
      ['80.00', invoice.id],
      ['100.00', undefined],
    ] as const) {
      await t.call('payments.record', {
        customerId,
        amount,
        method: 'bank_transfer',
        receivedOn: '2026-11-20',
        ...(invoiceId === undefined ? {} : { invoiceId }),
        requestId: rid(),
      });
    }
    return t;
  }

  it('counts it in credit owed and aged receivables as at the end of November', async () => {
    const t = await givenLatePayment();
    expect(await owedAt(t, '2026-11-19')).toMatchObject({ paid: '0.00', credit: '0.00' });
    expect(await owedAt(t, '2026-11-30')).toMatchObject({ paid: '100.00', debt: '0.00' });
    const before = await t.call('reports.agedReceivables', { asOf: '2026-11-19' });
    expect(before.currencies[0]?.totals).toMatchObject({ invoices: '80.00', d1_30: '80.00' });
    const after = await t.call('reports.agedReceivables', { asOf: '2026-11-30' });
    expect(after.currencies[0]?.totals.invoices ?? '0.00').toBe('0.00');
  });

  it('moves it in November, not December: activity and the journal', async () => {
    const t = await givenLatePayment();
    const november = await t.call('reports.activity', { from: '2026-11-01', to: '2026-11-30' });
    const december = await t.call('reports.activity', { from: '2026-12-01', to: '2026-12-04' });
    expect(november.currencies[0]?.totals.movements.receivedPaid).toBe('100.00');
    expect(november.currencies[0]?.totals.closing.paid).toBe('100.00');
    expect(december.currencies[0]?.totals.opening.paid).toBe('100.00');
    expect(december.currencies[0]?.totals.movements.receivedPaid ?? '0.00').toBe('0.00');
    await t.call('settings.update', { journalAccounts: MAPPED, requestId: rid() });
    const journal = await t.call('reports.journal', { from: '2026-11-01', to: '2026-12-04' });
    expect(journal.days.map((day) => day.date)).toEqual(['2026-11-20']);
    const cash = journal.days[0]?.lines.find((line) => line.account === 'cash');
    expect(cash).toMatchObject({ side: 'debit', amount: '100.00' });
  });
});

describe('lots as at a date an entry dated back crossed', () => {
  it('leave the credit a charge dated back spent from a later lot', async () => {
    const t = givenBackend({ start: '2026-11-01T10:00:00Z' });
    const customerId = await givenCustomer(t, { name: 'Back' });
    await topUp(t, customerId, '50.00');
    t.clock.set('2026-11-10T10:00:00Z');
    await topUp(t, customerId, '100.00', { expiresOn: '2026-11-30' });
    t.clock.set('2026-11-12T10:00:00Z');
    // Spent from the lot expiring first (formed 10 November), dated 5 November.
    await t.call('balance.charge', {
      customerId,
      amount: '30.00',
      description: 'Work',
      effectiveOn: '2026-11-05',
      requestId: rid(),
    });
    expect(await owedAt(t, '2026-11-05')).toMatchObject({
      paid: '20.00',
      byExpiry: [{ month: null, paid: '20.00', promotional: '0.00' }],
    });
    expect(await owedAt(t, '2026-11-10')).toMatchObject({ paid: '120.00', credit: '120.00' });
  });

  it('hold as paid credit without expiry what a payment dated back paid of a later debt', async () => {
    const t = givenBackend({ start: '2026-11-10T10:00:00Z' });
    const customerId = await givenCustomer(t, { name: 'Debt' });
    await t.call('balance.adjust', {
      customerId,
      direction: 'debit',
      amount: '40.00',
      reason: 'Owed',
      requestId: rid(),
    });
    t.clock.set('2026-11-12T10:00:00Z');
    await topUp(t, customerId, '100.00', { expiresOn: '2026-12-31', effectiveOn: '2026-11-05' });
    expect(await owedAt(t, '2026-11-05')).toMatchObject({
      paid: '100.00',
      debt: '0.00',
      byExpiry: [
        { month: '2026-12', paid: '60.00', promotional: '0.00' },
        { month: null, paid: '40.00', promotional: '0.00' },
      ],
    });
    expect(await owedAt(t, '2026-11-10')).toMatchObject({ paid: '60.00', debt: '0.00' });
  });
});
