/**
 * Builds the benchmark's ledger file through the engine's own code: `createBackend` bootstraps a
 * new file, then the channel handlers are called directly with a hand-made `Context`, thousands
 * per SQLite transaction, while the clock walks through the year that ends at the benchmark's
 * fixed "now". The router (and its request table) is bypassed; every entry, grant, allocation and
 * audit event is still written by the engine's handlers, as a user's calls would write them.
 * Seeding is resumable: after each committed batch it reports a checkpoint (entries done and the
 * random generator's state), and a later run continues from one, reading customers' balances back.
 */
import fs from 'node:fs';
import type { BalanceChange } from '../../shared/contract/types.ts';
import type { Context } from '../../electron/backend/context.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../electron/backend/db/open.ts';
import { handlers } from '../../electron/backend/handlers.ts';
import { createBackend, DEFAULT_ADMIN_ID } from '../../electron/backend/index.ts';
import { SEED_CURRENCIES, textToCents } from './money-text.ts';
import { createRandom, type Random } from './random.ts';
import { nextOperation, type CustomerState, type Operation } from './seed-plan.ts';
import { nowMs } from './stats.ts';
import { BATCH_BUDGET_MS, timeBudget } from '../../electron/backend/jobs/time-budget.ts';
import { inTurn } from '../../electron/backend/storage/in-turn.ts';
import { sqliteTx } from '../../electron/backend/storage/sqlite-storage.ts';
import { inTransaction } from './direct.ts';

export type SeedSpec = {
  customers: number;
  entries: number;
  seed: number;
  /** The benchmark's "now" (ISO); the seeded entries span the year before it. */
  fixedNow: string;
  batchSize: number;
};

export type SeedCheckpoint = {
  /** Entries posted and committed so far. */
  done: number;
  randomState: number;
  /** Seeding time spent so far, over every run that worked on this file. */
  elapsedMs: number;
};

export type SeedRun = {
  path: string;
  spec: SeedSpec;
  /** Where an earlier run stopped; null builds a new file. */
  from: SeedCheckpoint | null;
  /** Stop after the batch that crosses this much time in this run (Infinity: never). */
  budgetMs: number;
  onCheckpoint: (checkpoint: SeedCheckpoint) => void;
};

const DAY_MS = 86_400_000;
const SPAN_DAYS = 365;
/** A bigger page cache for the seeding connection only: seeding is not what is measured. */
const SEED_CACHE_KIB = 131_072;

export function removeLedgerFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    fs.rmSync(`${path}${suffix}`, { force: true });
  }
}

/** Seeds until done or out of budget; returns the last checkpoint. */
export async function runSeed(run: SeedRun): Promise<SeedCheckpoint> {
  const { spec } = run;
  const startMs = Date.parse(spec.fixedNow) - SPAN_DAYS * DAY_MS;
  if (!run.from) {
    removeLedgerFiles(run.path);
    createBackend({ dbPath: run.path, now: () => new Date(startMs), timeZone: 'UTC' }).close();
  }
  const random = createRandom(run.from?.randomState ?? spec.seed);
  const states = await withConnection(run.path, async (base) =>
    run.from
      ? await loadCustomers(base)
      : await createCustomers(base, spec, random, startMs - DAY_MS),
  );
  const batch = batchRunner(spec, random, states, startMs);
  const started = nowMs();
  const earlierMs = run.from?.elapsedMs ?? 0;
  let checkpoint: SeedCheckpoint = run.from ?? { done: 0, randomState: 0, elapsedMs: 0 };
  while (checkpoint.done < spec.entries) {
    const from = checkpoint.done;
    const to = Math.min(spec.entries, from + spec.batchSize);
    await withConnection(run.path, async (base) => {
      await batch(base, from, to);
    });
    const spent = nowMs() - started;
    checkpoint = { done: to, randomState: random.state(), elapsedMs: earlierMs + spent };
    run.onCheckpoint(checkpoint);
    if (spent >= run.budgetMs) break;
  }
  return checkpoint;
}

/**
 * One connection per batch. The engine's queries prepare a new statement on every call, and
 * better-sqlite3 frees a statement's native memory only when its connection closes; on one
 * long-lived connection, seeding a million entries would need tens of gigabytes.
 */
async function withConnection<T>(path: string, work: (base: Context) => Promise<T>): Promise<T> {
  const connection = openDatabase(path, DEFAULT_MIGRATIONS_FOLDER);
  try {
    connection.sqlite.pragma(`cache_size = -${SEED_CACHE_KIB}`);
    return await work({
      tx: sqliteTx(connection),
      actor: { id: DEFAULT_ADMIN_ID, role: 'admin' },
      nowAt: '',
      today: '',
      timeZone: 'UTC',
      batchBudget: () => timeBudget(BATCH_BUDGET_MS, () => performance.now()),
    });
  } finally {
    connection.sqlite.close();
  }
}

function at(base: Context, instantMs: number): Context {
  const nowAt = new Date(instantMs).toISOString();
  return { ...base, nowAt, today: nowAt.slice(0, 10) };
}

/** Posts entries [from, to) in one immediate transaction, the clock stepping with each. */
function batchRunner(spec: SeedSpec, random: Random, states: CustomerState[], startMs: number) {
  const stepMs = (SPAN_DAYS * DAY_MS) / spec.entries;
  const benchToday = spec.fixedNow.slice(0, 10);
  return (base: Context, from: number, to: number): Promise<void> =>
    inTransaction(base, async () => {
      for (let index = from; index < to; index += 1) {
        const customer = random.pick(states);
        const requestId = `seed-${index}`;
        const operation = nextOperation(customer, { random, requestId, benchToday });
        remember(customer, await runOperation(operation, at(base, startMs + index * stepMs)));
      }
    });
}

function createCustomers(
  base: Context,
  spec: SeedSpec,
  random: Random,
  createdMs: number,
): Promise<CustomerState[]> {
  const ctx = at(base, createdMs);
  const create = async (index: number): Promise<CustomerState> => {
    const number = String(index + 1).padStart(4, '0');
    const customer = await handlers['customers.create'](
      {
        name: `Client ${number} ${random.pick(['Studio', 'Ltd', 'GmbH', 'SARL', 'and Sons'])}`,
        currency: random.pick(SEED_CURRENCIES),
        email: `billing${number}@example.com`,
        ...(random.next() < 0.3 ? { hourlyRate: `${random.int(40, 150)}.00` } : {}),
        requestId: `seed-customer-${number}`,
      },
      ctx,
    );
    return { id: customer.id, balance: 0, paid: 0 };
  };
  const all = Array.from({ length: spec.customers }, (_, index) => index);
  return inTransaction(base, () => inTurn(all, create));
}

/** The customers in creation order with what the seeder knows of them, read back from the file. */
function loadCustomers(base: Context): Promise<CustomerState[]> {
  return Promise.resolve(
    base.tx.sqlite
      .prepare<[], CustomerState>(
        `SELECT c.id AS id, c.balance_minor AS balance,
         COALESCE((SELECT SUM(g.remaining_minor) FROM grants g
           WHERE g.customer_id = c.id AND g.kind = 'paid' AND g.remaining_minor > 0), 0) AS paid
       FROM customers c ORDER BY c.rowid`,
      )
      .all(),
  );
}

/** Runs one planned operation through its channel's handler. */
export function runOperation(operation: Operation, ctx: Context): Promise<BalanceChange> {
  switch (operation.channel) {
    case 'balance.topUp':
      return handlers['balance.topUp'](operation.input, ctx);
    case 'balance.charge':
      return handlers['balance.charge'](operation.input, ctx);
    case 'balance.adjust':
      return handlers['balance.adjust'](operation.input, ctx);
    case 'balance.refund':
      return handlers['balance.refund'](operation.input, ctx);
  }
}

/** Updates what the seeder knows of a customer from a call's result. */
export function remember(customer: CustomerState, change: BalanceChange): void {
  customer.balance = textToCents(change.balance.balance);
  customer.paid = change.balance.grants
    .filter((grant) => grant.kind === 'paid')
    .reduce((total, grant) => total + textToCents(grant.remaining), 0);
}
