/**
 * Proves billing time on an invoice (`time.invoice`): one line per entry at its rate, issued and
 * settled from the balance like any invoice or left as a draft; entries marked invoiced; a
 * selection refused whole (and nothing changed) when one entry cannot be billed; voiding the
 * invoice returns its time to unbilled; a repeated request bills once.
 */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function givenTime(t: TestBackend, customerId: string, hours: string, description: string) {
  return t.call('time.create', {
    customerId,
    date: '2026-03-02',
    hours,
    description,
    requestId: rid('time'),
  });
}

async function givenStudio() {
  const t = givenBackend({ start: '2026-03-05T10:00:00Z' });
  const customerId = await givenCustomer(t, { name: 'Time Studio', hourlyRate: '80.00' });
  const design = await givenTime(t, customerId, '1.5', 'Design review');
  const call = await givenTime(t, customerId, '0.25', 'Call');
  return { t, customerId, design, call };
}

describe('time.invoice', () => {
  it('bills each entry as a line at its rate, issues and settles it from the balance', async () => {
    const { t, customerId, design, call } = await givenStudio();
    await topUp(t, customerId, '100.00');
    const invoice = await t.call('time.invoice', {
      customerId,
      timeEntryIds: [design.id, call.id],
      requestId: rid(),
    });
    expect(
      invoice.lines.map((line) => [line.description, line.quantity, line.unitPrice, line.amount]),
    ).toEqual([
      ['2026-03-02: Design review', '1.5', '80.00', '120.00'],
      ['2026-03-02: Call', '0.25', '80.00', '20.00'],
    ]);
    expect(invoice).toMatchObject({
      kind: 'standard',
      status: 'open',
      number: 'INV-0001',
      origin: 'time',
      total: '140.00',
      creditApplied: '100.00',
      amountDue: '40.00',
    });
    expect((await t.call('balance.get', { customerId })).balance).toBe('0.00');
    const entries = await t.call('time.list', { customerId });
    expect(entries.map((entry) => [entry.status, entry.invoiceId, entry.entryId])).toEqual([
      ['invoiced', invoice.id, null],
      ['invoiced', invoice.id, null],
    ]);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('leaves a draft when asked, and a repeated request bills once', async () => {
    const { t, customerId, design } = await givenStudio();
    const input = { customerId, timeEntryIds: [design.id], issue: false, requestId: rid() };
    const draft = await t.call('time.invoice', input);
    expect(await t.call('time.invoice', input)).toEqual(draft);
    expect([draft.status, draft.number, draft.total]).toEqual(['draft', null, '120.00']);
    expect((await t.call('invoices.list', { customerId })).items).toHaveLength(1);
  });

  it('refuses the whole selection when one entry cannot be billed, changing nothing', async () => {
    const { t, customerId, design, call } = await givenStudio();
    await topUp(t, customerId, '500.00');
    await t.call('time.deduct', { customerId, timeEntryIds: [call.id], requestId: rid() });
    const other = await givenCustomer(t, { name: 'Other', hourlyRate: '50.00' });
    const theirs = await givenTime(t, other, '1', 'Not ours');
    const refused = [
      [[design.id, call.id], 'CONFLICT', undefined],
      [[design.id, theirs.id], 'VALIDATION', 'timeEntryIds'],
      [[design.id, 'tim_nobody'], 'NOT_FOUND', 'timeEntryIds'],
      [[], 'VALIDATION', 'timeEntryIds'],
    ] as const;
    for (const [timeEntryIds, code, field] of refused) {
      const error = await t.fail('time.invoice', { customerId, timeEntryIds, requestId: rid() });
      expect(error, code).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    expect((await t.call('invoices.list', { customerId })).items).toEqual([]);
    const unbilled = await t.call('time.list', { customerId, status: 'unbilled' });
    expect(unbilled.map((entry) => entry.id)).toEqual([design.id]);
  });

  it('returns the time to unbilled when its invoice is voided, so it can be billed again', async () => {
    const { t, customerId, design } = await givenStudio();
    const invoice = await t.call('time.invoice', {
      customerId,
      timeEntryIds: [design.id],
      requestId: rid(),
    });
    await t.call('invoices.void', {
      invoiceId: invoice.id,
      reason: 'Wrong rate',
      requestId: rid(),
    });
    const [entry] = await t.call('time.list', { customerId });
    expect([entry?.status, entry?.invoiceId]).toEqual(['unbilled', null]);
    const again = await t.call('time.invoice', {
      customerId,
      timeEntryIds: [design.id],
      requestId: rid(),
    });
    expect(again.number).toBe('INV-0002');
  });
});
