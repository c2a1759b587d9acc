/**
 * Proves that what means "as at a date" or "in a period" outside the reports follows an entry's
 * business date (`effectiveOn`), not when it was typed: the history's date filter, a lot's
 * received date, the dashboard's credit owed at last month's end, the export's entry and lot
 * dates, and the date on a debt notice's line; while a debt notice still bills a charge dated
 * back into a month already done with the month it was typed in.
 */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  setBillingMode,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { exportBook, readCsv } from '../book/given-book.ts';

/** Typed on 4 December, effective 20 November. */
async function givenDatedBack(t: TestBackend) {
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '70.00', { effectiveOn: '2026-11-20' });
  return customerId;
}

async function seqsBetween(t: TestBackend, customerId: string, from: string, to: string) {
  const page = await t.call('balance.history', { customerId, from, to });
  return page.items.map((entry) => entry.seq);
}

describe('business dates outside the reports', () => {
  it('filters the history by the date an entry takes effect', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    const customerId = await givenDatedBack(t);
    expect(await seqsBetween(t, customerId, '2026-11-01', '2026-11-30')).toEqual([1]);
    expect(await seqsBetween(t, customerId, '2026-11-20', '2026-11-20')).toEqual([1]);
    expect(await seqsBetween(t, customerId, '2026-12-01', '2026-12-04')).toEqual([]);
  });

  it('gives a lot dated back the day it was received, not the day it was typed', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    const customerId = await givenDatedBack(t);
    const [lot] = (await t.call('balance.get', { customerId })).grants;
    expect(lot).toMatchObject({ openedOn: '2026-11-20' });
    expect(lot?.createdAt.slice(0, 10)).toBe('2026-12-04');
  });

  it('counts credit dated back in the month it takes effect on the dashboard', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    await givenDatedBack(t);
    const history = (await t.call('reports.dashboard', {})).creditOwedHistory;
    expect(history.filter((point) => point.month >= '2026-10')).toEqual([
      { month: '2026-10', currency: 'USD', creditOwed: '0.00' },
      { month: '2026-11', currency: 'USD', creditOwed: '70.00' },
      { month: '2026-12', currency: 'USD', creditOwed: '70.00' },
    ]);
  });

  it('exports an entry and its lot with their business date', async () => {
    const t = givenBackend({ start: '2026-12-04T09:00:00Z' });
    await givenDatedBack(t);
    const { target } = await exportBook(t);
    const [entry] = readCsv(target, 'entries.csv').records;
    expect(entry).toMatchObject({ date: '2026-11-20' });
    expect(entry?.recorded_at?.slice(0, 10)).toBe('2026-12-04');
    expect(readCsv(target, 'lots.csv').records[0]).toMatchObject({ opened_on: '2026-11-20' });
  });
});

describe('debt notices and charges dated back', () => {
  it('dates each line by its charge, and bills a charge typed late the month after', async () => {
    const t = givenBackend({ start: '2026-03-10T09:00:00Z' });
    const customerId = await givenCustomer(t);
    await setBillingMode(t, customerId, 'postpaid');
    const work = { customerId, amount: '40.00', requestId: rid() };
    await t.call('balance.charge', { ...work, description: 'Early', effectiveOn: '2026-03-03' });
    t.clock.set('2026-04-01T06:00:00Z');
    await t.call('jobs.runDue', {});
    t.clock.set('2026-04-02T09:00:00Z');
    const late = { ...work, requestId: rid(), description: 'Late', effectiveOn: '2026-03-30' };
    await t.call('balance.charge', late);
    t.clock.set('2026-05-01T06:00:00Z');
    await t.call('jobs.runDue', {});
    const page = await t.call('invoices.list', { customerId, kind: 'balance_due' });
    const notices = await Promise.all(
      page.items.map((invoice) => t.call('invoices.get', { invoiceId: invoice.id })),
    );
    const lines = notices
      .sort((a, b) => (a.issueDate ?? '').localeCompare(b.issueDate ?? ''))
      .map((notice) => notice.lines.map((line) => line.description));
    expect(lines).toEqual([['2026-03-03 Early'], ['2026-03-30 Late']]);
  });
});
