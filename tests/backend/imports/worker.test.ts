/**
 * Proves that a book file's import commit runs on a worker thread with its own connection
 * (storage/worker-host.ts) and writes the same book as the in-process path an in-memory book
 * takes: the same customers, balances, lots (kind, original, remaining, expiry), entries,
 * invoices and batches, audit.verify finding both whole; and that the worker path keeps the
 * call's rules: the same file twice gives the first batch, a repeated requestId the first
 * answer, a refusal (a refused row, a viewer) changes nothing, undo takes the batch back (on a
 * worker thread too).
 */
import diagnostics from 'node:diagnostics_channel';
import { expect, it, onTestFinished } from 'vitest';
import { givenBackend, rid, type TestBackend } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { commit, CUSTOMERS, givenCsv, LOTS, undo, verified } from './given.ts';

/** Counts the worker threads this process starts from now on. */
function countWorkers(): () => number {
  let count = 0;
  const onWorker = () => {
    count += 1;
  };
  diagnostics.subscribe('worker_threads', onWorker);
  onTestFinished(() => {
    diagnostics.unsubscribe('worker_threads', onWorker);
  });
  return () => count;
}

const cents = (index: number) => (index % 3 === 2 ? -(300 + index * 7) : 1_000 + index * 13);
const money = (value: number) =>
  `${value < 0 ? '-' : ''}${Math.trunc(Math.abs(value) / 100)}.${String(Math.abs(value) % 100).padStart(2, '0')}`;

/** Every kind of file, the history long enough for several slices (debts, spent lots). */
function files() {
  const history = Array.from(
    { length: 140 },
    (_, index) =>
      `C-${1 + (index % 2)},USD,2026-01-${String(1 + (index % 28)).padStart(2, '0')},${money(cents(index))}`,
  );
  return [
    { path: givenCsv('customers.csv', ...CUSTOMERS), kind: 'customers' },
    { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' },
    {
      path: givenCsv('history.csv', 'customer_external_id,currency,occurred_on,amount', ...history),
      kind: 'balance_history',
    },
    {
      path: givenCsv(
        'debt.csv',
        'customer_external_id,currency,amount,opened_on',
        'C-2,USD,75.00,2026-02-01',
      ),
      kind: 'opening_debt',
    },
    {
      path: givenCsv(
        'invoices.csv',
        'customer_external_id,currency,number,issued_on,due_on,amount_due',
        'C-1,USD,OLD-17,2026-01-10,2026-02-09,250.00',
      ),
      kind: 'open_invoices',
    },
  ] as const;
}

/** The book as a bookkeeper reads it, without the ids and hashes each write makes anew. */
async function bookOf(t: TestBackend) {
  const customers = (await t.call('customers.list', {})).items;
  const named = [];
  for (const customer of customers.sort((a, b) => a.name.localeCompare(b.name))) {
    const balance = await t.call('balance.get', { customerId: customer.id });
    const history = await t.call('balance.history', { customerId: customer.id, limit: 500 });
    const invoices = await t.call('invoices.list', { customerId: customer.id });
    named.push({
      name: customer.name,
      balance: balance.balance,
      lots: balance.grants.map(({ kind, original, remaining, expiresOn }) => ({
        kind,
        original,
        remaining,
        expiresOn,
      })),
      entries: history.items.map(({ type, amount, balanceAfter, description }) => ({
        type,
        amount,
        balanceAfter,
        description,
      })),
      invoices: invoices.items.map(({ number, issueDate, dueDate, amountDue, status }) => ({
        number,
        issueDate,
        dueDate,
        amountDue,
        status,
      })),
    });
  }
  // One instant for every batch (the fake clock): ordered here by file name, not by random id.
  const batches = (await t.call('imports.list', {})).map(
    ({ kind, fileName, rowCount, skippedCount, totals }) => ({
      kind,
      fileName,
      rowCount,
      skippedCount,
      totals,
    }),
  );
  batches.sort((a, b) => a.fileName.localeCompare(b.fileName));
  return { customers: named, batches };
}

it('writes a book file on a worker thread the same book as in process', async () => {
  const workers = countWorkers();
  const inProcess = givenBackend();
  const onFile = givenBackend({ dbPath: tempDbPath() });
  for (const file of files()) {
    await commit(inProcess, file);
    await commit(onFile, file);
  }
  expect(workers()).toBe(files().length);
  const book = await bookOf(inProcess);
  expect(book.customers.flatMap((customer) => customer.lots).length).toBeGreaterThan(3);
  expect(await bookOf(onFile)).toEqual(book);
  expect(await verified(inProcess)).toEqual([]);
  expect(await verified(onFile)).toEqual([]);
});

it('keeps the call rules on the worker: same file, same request, refusals, undo', async () => {
  const t = givenBackend({ dbPath: tempDbPath() });
  await commit(t, { path: givenCsv('customers.csv', ...CUSTOMERS), kind: 'customers' });
  const lots = { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' } as const;
  const viewer = await t.call('users.create', { name: 'Vera', role: 'viewer', requestId: rid() });
  const refusal = await t.fail(
    'imports.commit',
    { ...lots, mapping: {}, requestId: rid('import') },
    viewer.id,
  );
  expect(refusal.code).toBe('FORBIDDEN');
  const bad = givenCsv('bad.csv', LOTS[0] ?? '', 'C-1,USD,-5.00,paid,,2026-01-01');
  const refused = await t.fail('imports.commit', {
    path: bad,
    kind: 'opening_lots',
    mapping: {},
    requestId: rid('import'),
  });
  expect(refused).toMatchObject({ code: 'VALIDATION', field: 'skipRefused' });
  const requestId = rid('import');
  const first = await commit(t, lots, { requestId });
  expect(await commit(t, lots, { requestId })).toEqual(first);
  const again = await commit(t, lots);
  expect(again).toMatchObject({ id: first.id, isNew: false });
  const kinds = (await t.call('imports.list', {})).map((batch) => batch.kind);
  expect(kinds.sort()).toEqual(['customers', 'opening_lots']);
  const workers = countWorkers();
  await undo(t, first.id);
  // The undo, as many reversing entries as the import wrote, runs on a worker thread too.
  expect(workers()).toBe(1);
  const customers = (await t.call('customers.list', {})).items;
  for (const customer of customers) {
    expect((await t.call('balance.get', { customerId: customer.id })).balance).toBe('0.00');
  }
  expect(await verified(t)).toEqual([]);
});
