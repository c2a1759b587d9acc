/**
 * Part (a) of `npm run bench:team` (issue #19): the operations behind the ledger, settlement and
 * statement rows of `npm run bench`, through `invoke`, on a new local file and on a new server
 * book on a local PostgreSQL, in the same run, so each PostgreSQL figure stands next to SQLite's.
 * Smaller books than the ledger benchmark's million entries (a copy of that file to a server
 * would take longer than the whole run): the ratio is the figure to read, not the absolute time.
 */
import type { Backend } from '../../electron/backend/index.ts';
import { nowMs, summarize, type Summary } from './stats.ts';

export type StoreSizes = { customers: number; writes: number; reads: number; invoices: number };

export const STORE_SIZES: StoreSizes = { customers: 20, writes: 300, reads: 200, invoices: 100 };

export type StoreFigures = Record<StoreOperation, Summary>;

export const STORE_OPERATIONS = [
  'balance.topUp',
  'balance.get',
  'balance.history',
  'invoices.issue',
  'payments.record',
  'statements.get',
] as const;

export type StoreOperation = (typeof STORE_OPERATIONS)[number];

let counter = 0;
const rid = (label: string) => `${label}-${(counter += 1)}`;

async function data<T>(answer: Promise<{ ok: true; data: T } | { ok: false; error: unknown }>) {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
  const started = nowMs();
  const result = await work();
  samples.push(nowMs() - started);
  return result;
}

async function customers(backend: Backend, count: number, autoApplyCredit: boolean) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const input = {
      name: `Client ${index}`,
      currency: 'EUR',
      autoApplyCredit,
      requestId: rid('c'),
    };
    ids.push((await data(backend.invoke('customers.create', input))).id);
  }
  return ids;
}

const LINES = [{ description: 'Design', quantity: '1', unitPrice: '12.00' }];

/** Measures every operation on `backend`, a new empty book; returns each one's latencies. */
export async function measureStore(backend: Backend, sizes: StoreSizes): Promise<StoreFigures> {
  const samples = Object.fromEntries(STORE_OPERATIONS.map((name) => [name, [] as number[]]));
  const take = (name: StoreOperation) => samples[name] as number[];
  const prepaid = await customers(backend, sizes.customers, true);
  for (let index = 0; index < sizes.writes; index += 1) {
    const customerId = prepaid[index % prepaid.length] as string;
    const input = { customerId, amount: '20.00', kind: 'paid' as const, requestId: rid('t') };
    await timed(take('balance.topUp'), () => data(backend.invoke('balance.topUp', input)));
  }
  for (let index = 0; index < sizes.reads; index += 1) {
    const customerId = prepaid[index % prepaid.length] as string;
    await timed(take('balance.get'), () => data(backend.invoke('balance.get', { customerId })));
    await timed(take('balance.history'), () =>
      data(backend.invoke('balance.history', { customerId, limit: 50 })),
    );
  }
  await settle(backend, prepaid, sizes, { issue: take('invoices.issue') });
  const unpaid = await customers(backend, sizes.customers, false);
  await pay(backend, unpaid, sizes, take('payments.record'));
  const range = { customerId: prepaid[0] as string, from: '2026-01-01', to: '2026-12-31' };
  for (let index = 0; index < sizes.reads; index += 1) {
    await timed(take('statements.get'), () => data(backend.invoke('statements.get', range)));
  }
  return Object.fromEntries(
    STORE_OPERATIONS.map((name) => [name, summarize(take(name))]),
  ) as StoreFigures;
}

/** Drafts issued one by one, each settled from the customer's credit. */
async function settle(
  backend: Backend,
  ids: string[],
  sizes: StoreSizes,
  samples: { issue: number[] },
) {
  for (let index = 0; index < sizes.invoices; index += 1) {
    const customerId = ids[index % ids.length] as string;
    const draft = await data(
      backend.invoke('invoices.create', { customerId, lines: LINES, requestId: rid('d') }),
    );
    const input = { invoiceId: draft.id, requestId: rid('i') };
    await timed(samples.issue, () => data(backend.invoke('invoices.issue', input)));
  }
}

/** Invoices issued without credit, then each paid in full by a recorded payment. */
async function pay(backend: Backend, ids: string[], sizes: StoreSizes, samples: number[]) {
  for (let index = 0; index < sizes.invoices; index += 1) {
    const customerId = ids[index % ids.length] as string;
    const draft = await data(
      backend.invoke('invoices.create', { customerId, lines: LINES, requestId: rid('d') }),
    );
    await data(backend.invoke('invoices.issue', { invoiceId: draft.id, requestId: rid('i') }));
    const input = {
      customerId,
      amount: '12.00',
      method: 'bank_transfer' as const,
      receivedOn: '2026-03-02',
      invoiceId: draft.id,
      requestId: rid('p'),
    };
    await timed(samples, () => data(backend.invoke('payments.record', input)));
  }
}
