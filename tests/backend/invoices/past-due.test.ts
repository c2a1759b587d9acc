/**
 * Proves `invoices.list` `pastDue`: the engine lists only open invoices that owe something and
 * were due before today in the business time zone (due today is not past due), over every page,
 * agreeing with each invoice's `pastDue` flag; `debt` leaves out top-up requests, as the
 * dashboard's overdue count does.
 */
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../shared/contract/types.ts';
import {
  givenBackend,
  givenCustomer,
  givenDraft,
  rid,
  type TestBackend,
} from '../../support/backend.ts';

const DUE_YESTERDAY = '2026-03-09';
const DUE_TODAY = '2026-03-10';

async function issued(t: TestBackend, customerId: string, dueDate: string, kind?: 'top_up') {
  const draft = await givenDraft(t, customerId, '100.00', { dueDate, ...(kind ? { kind } : {}) });
  return t.call('invoices.issue', { invoiceId: draft.id, requestId: rid('issue') });
}

function numbers(items: readonly Invoice[]): (string | null)[] {
  return items.map((invoice) => invoice.number);
}

/** Invoices of every state, made on 1 March; the clock then moves to `now`. */
async function givenBook(now: string) {
  const t = givenBackend({ start: '2026-03-01T09:00:00Z', timeZone: 'Europe/Brussels' });
  const customerId = await givenCustomer(t);
  const pastDue = await issued(t, customerId, DUE_YESTERDAY);
  const dueToday = await issued(t, customerId, DUE_TODAY);
  const topUpRequest = await issued(t, customerId, DUE_YESTERDAY, 'top_up');
  const paid = await issued(t, customerId, DUE_YESTERDAY);
  await t.call('payments.record', {
    customerId,
    amount: '100.00',
    method: 'bank_transfer',
    receivedOn: '2026-03-01',
    invoiceId: paid.id,
    requestId: rid(),
  });
  const voided = await issued(t, customerId, DUE_YESTERDAY);
  await t.call('invoices.void', { invoiceId: voided.id, reason: 'Wrong', requestId: rid() });
  const writtenOff = await issued(t, customerId, DUE_YESTERDAY);
  await t.call('invoices.markUncollectible', {
    invoiceId: writtenOff.id,
    reason: 'Gone',
    requestId: rid(),
  });
  await givenDraft(t, customerId, '100.00', { dueDate: DUE_YESTERDAY });
  t.clock.set(now);
  return { t, pastDue, dueToday, topUpRequest };
}

describe('invoices.list pastDue', () => {
  it('lists open invoices owing money and due before today; due today is not past due', async () => {
    const { t, pastDue, dueToday, topUpRequest } = await givenBook('2026-03-10T09:00:00Z');
    const all = await t.call('invoices.list', { pastDue: 'all' });
    expect(numbers(all.items)).toEqual([topUpRequest.number, pastDue.number]);
    expect(all.items.every((invoice) => invoice.pastDue)).toBe(true);
    const everyInvoice = await t.call('invoices.list', { limit: 100 });
    const flagged = everyInvoice.items.filter((invoice) => invoice.pastDue);
    expect(numbers(flagged)).toEqual(numbers(all.items));
    expect(everyInvoice.items.find((invoice) => invoice.id === dueToday.id)?.pastDue).toBe(false);
  });

  it('counts the day in the business time zone, not in UTC', async () => {
    // 23:30 UTC on 9 March is already 10 March in Brussels: due on the 9th is past due there.
    const late = await givenBook('2026-03-09T23:30:00Z');
    expect(numbers((await late.t.call('invoices.list', { pastDue: 'debt' })).items)).toEqual([
      late.pastDue.number,
    ]);
    const early = await givenBook('2026-03-09T22:30:00Z');
    expect((await early.t.call('invoices.list', { pastDue: 'all' })).items).toEqual([]);
  });

  it('with debt leaves out top-up requests, as the dashboard overdue count does', async () => {
    const { t, pastDue } = await givenBook('2026-03-10T09:00:00Z');
    const debt = await t.call('invoices.list', { pastDue: 'debt' });
    expect(numbers(debt.items)).toEqual([pastDue.number]);
    const dashboard = await t.call('reports.dashboard', {});
    expect(dashboard.currencies[0]?.overdueCount).toBe(debt.items.length);
  });

  it('filters in the engine, so every page holds only past-due invoices', async () => {
    const t = givenBackend({ start: '2026-03-01T09:00:00Z' });
    const customerId = await givenCustomer(t);
    const old = [];
    for (let index = 0; index < 3; index += 1) old.push(await issued(t, customerId, DUE_YESTERDAY));
    for (let index = 0; index < 4; index += 1) await issued(t, customerId, '2026-04-30');
    t.clock.set('2026-03-10T09:00:00Z');
    const first = await t.call('invoices.list', { pastDue: 'all', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await t.call('invoices.list', {
      pastDue: 'all',
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(numbers([...first.items, ...second.items])).toEqual(numbers(old.reverse()));
    expect(second.nextCursor).toBeNull();
  });
});
