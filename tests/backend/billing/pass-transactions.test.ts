/**
 * Proves how the scheduled pass (SPEC 6) holds the file: a transaction takes customers until its
 * time budget is spent, always one whole customer at least, so with the budget spent at once other
 * calls are served between any two customers, and with time to spare a chunk goes in one; and a
 * pass cut off between two customers leaves every customer whole (its invoice and the month
 * recorded done, or neither), the next run doing exactly the rest, once.
 */
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import type { JobCounts } from '../../../shared/contract/types.ts';
import {
  charge,
  givenBackend,
  givenCustomer,
  setBillingMode,
  type TestBackend,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

/** A time budget no batch spends, and one spent at once: each batch then takes one customer. */
const AMPLE_BUDGET_MS = 60_000;
const SPENT_BUDGET_MS = 0;

const NOTHING: JobCounts = {
  expired: 0,
  recurringIssued: 0,
  balanceDueIssued: 0,
  blocked: 0,
  unblocked: 0,
  replenishmentsIssued: 0,
};

async function givenDebtors(t: TestBackend, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const customerId = await givenCustomer(t, { name: `Usage ${index}` });
    await setBillingMode(t, customerId, 'postpaid');
    await charge(t, customerId, '10.00', 'Usage');
    ids.push(customerId);
  }
  return ids;
}

async function balanceDueCount(t: TestBackend): Promise<number> {
  return (await t.call('invoices.list', { kind: 'balance_due', limit: 500 })).items.length;
}

async function countsSeenDuringPass(t: TestBackend): Promise<Set<number>> {
  const progress = { done: false };
  const pass = t.call('jobs.runDue', {}).finally(() => {
    progress.done = true;
  });
  const seen = new Set<number>();
  while (!progress.done) {
    seen.add(await balanceDueCount(t));
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect((await pass).balanceDueIssued).toBe(4);
  return seen;
}

describe('the scheduled pass, customers within a time budget per transaction', () => {
  it('serves other calls between any two customers once a batch has spent its time', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z', batchBudgetMs: SPENT_BUDGET_MS });
    await givenDebtors(t, 4);
    t.clock.set('2026-02-01T08:00:00Z');
    const seen = await countsSeenDuringPass(t);
    // Reads made while the pass runs see it one customer further each time: 1, 2 and 3 of 4.
    expect([1, 2, 3].filter((count) => seen.has(count))).toEqual([1, 2, 3]);
  });

  it('visits a chunk of customers in one transaction while its time lasts', async () => {
    const t = givenBackend({ start: '2026-01-10T10:00:00Z', batchBudgetMs: AMPLE_BUDGET_MS });
    await givenDebtors(t, 4);
    t.clock.set('2026-02-01T08:00:00Z');
    const seen = await countsSeenDuringPass(t);
    expect([1, 2, 3].filter((count) => seen.has(count))).toEqual([]);
  });

  it('leaves every customer whole when cut off, and the next run does exactly the rest', async () => {
    const dbPath = tempDbPath();
    const setUp = givenBackend({ dbPath, start: '2026-01-05T10:00:00Z', timeZone: 'UTC' });
    const ids = await givenDebtors(setUp, 30);
    setUp.backend.close();
    // A backend whose pass breaks off when the file is closed under it (no test failure there).
    const first = createBackend({
      dbPath,
      now: () => new Date('2026-02-01T10:00:00Z'),
      timeZone: 'UTC',
      batchBudgetMs: SPENT_BUDGET_MS,
      onInternalError: () => undefined,
    });
    const pass = first.invoke('jobs.runDue', {});
    let issued = 0;
    while (issued < 5) {
      await new Promise((resolve) => setImmediate(resolve));
      const listed = await first.invoke('invoices.list', { kind: 'balance_due', limit: 500 });
      issued = listed.ok ? listed.data.items.length : -1;
    }
    first.close();
    expect((await pass).ok).toBe(false);

    const second = givenBackend({ dbPath, start: '2026-02-01T10:00:00Z', timeZone: 'UTC' });
    const doneBefore = await balanceDueCount(second);
    expect(doneBefore).toBeGreaterThanOrEqual(5);
    expect(doneBefore).toBeLessThan(30);
    const rerun = await second.call('jobs.runDue', {});
    expect(rerun.balanceDueIssued).toBe(30 - doneBefore);
    const invoices = await second.call('invoices.list', { kind: 'balance_due', limit: 500 });
    expect(invoices.items.map((invoice) => invoice.customerId).sort()).toEqual([...ids].sort());
    expect(await second.call('jobs.runDue', {})).toEqual(NOTHING);
    expect((await second.call('audit.verify', {})).ok).toBe(true);
    second.backend.close();
  });
});
