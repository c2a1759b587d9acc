/**
 * Proves calls that change nothing run on a server book without the writer lock (#19 follow-up):
 * while another connection holds the book's lock, a `readFirst` (and `balance.get` through the
 * engine) completes, while a write waits; a read that must first expire a due lot (SPEC 2) waits
 * for the lock like a write, then expires it once and answers what the same calls on a local file
 * answer.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelCallInput, ChannelName } from '../../../shared/contract/channels.ts';
import { BOOK_WRITER_LOCK, openServerBook } from '../../../electron/backend/db/pg/open.ts';
import { createBackend, type Backend } from '../../../electron/backend/index.ts';
import { pgStorage } from '../../../electron/backend/storage/pg-storage.ts';
import type { Storage, Tx } from '../../../electron/backend/storage/storage.ts';
import { fakeClock, type FakeClock } from '../../support/backend.ts';
import { asSuperuser, givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';

let cluster: TestCluster;
const closing: { close(): void }[] = [];

beforeAll(async () => {
  cluster = await givenCluster();
});

afterAll(() => {
  for (const opened of closing) opened.close();
  cluster.stop();
});

/** Runs `work` while a connection of its own holds the book's writer lock, then lets it go. */
function whileLockHeld<T>(url: string, work: () => Promise<T>): Promise<T> {
  return asSuperuser(url, async (client: pg.Client) => {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [BOOK_WRITER_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('ROLLBACK');
    }
  });
}

/** Calls waiting on the book's lock, once one is (asked of the server, up to 500 times). */
async function lockWaiters(url: string): Promise<number> {
  return asSuperuser(url, async (client) => {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const { rows } = await client.query<{ waiting: string }>(
        `SELECT COUNT(*) AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      if (Number(rows[0]?.waiting) > 0) return Number(rows[0]?.waiting);
    }
    return 0;
  });
}

/** A promise and whether it has settled yet. */
function watched<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  const marked = promise.finally(() => {
    settled = true;
  });
  marked.catch(() => undefined);
  return { promise: marked, settled: () => settled };
}

const addUser = (tx: Tx, id: string) =>
  tx.run(sql`INSERT INTO users (id, name, role, created_at) VALUES (${id}, ${id}, 'viewer', '')`);

const userIds = async (tx: Tx) =>
  (await tx.all<{ id: string }>(sql`SELECT id FROM users ORDER BY rowid`)).map((row) => row.id);

async function givenStorage(): Promise<{ url: string; store: Storage }> {
  const url = await newDatabase(cluster.url, 'reads');
  const store = pgStorage(await openServerBook({ databaseUrl: url }));
  closing.push(store);
  return { url, store };
}

describe('reads on a server book', () => {
  it('runs work that only reads while another connection holds the writer lock', async () => {
    const { url, store } = await givenStorage();
    await store.write((tx) => addUser(tx, 'ana'));
    const seen = await whileLockHeld(url, () => store.readFirst(userIds));
    expect(seen).toEqual(['ana']);
  });

  it('runs work that writes again under the lock, once, after the holder lets go', async () => {
    const { url, store } = await givenStorage();
    let attempts = 0;
    const writing = async (tx: Tx) => {
      attempts += 1;
      if ((await userIds(tx)).length === 0) await addUser(tx, 'ana');
      return userIds(tx);
    };
    const read = await whileLockHeld(url, async () => {
      const pending = watched(store.readFirst(writing));
      expect(await lockWaiters(url)).toBe(1);
      expect(pending.settled()).toBe(false);
      return pending;
    });
    expect(await read.promise).toEqual(['ana']);
    expect(attempts).toBe(2);
    expect(await store.read(userIds)).toEqual(['ana']);
  });

  it('runs again under the lock work whose write was refused, even if it went on', async () => {
    const { store } = await givenStorage();
    const swallowing = async (tx: Tx) => {
      await addUser(tx, 'ana').catch(() => undefined);
      return 'done';
    };
    expect(await store.readFirst(swallowing)).toBe('done');
    expect(await store.read(userIds)).toEqual(['ana']);
  });

  it('passes on an error of work that did not try to write, without a second run', async () => {
    const { store } = await givenStorage();
    let attempts = 0;
    const failing = store.readFirst(async (tx) => {
      attempts += 1;
      await tx.all(sql`SELECT no_such_column FROM users`);
    });
    await expect(failing).rejects.toThrow(/no_such_column/);
    expect(attempts).toBe(1);
  });
});

type Book = { backend: Backend; clock: FakeClock };

function call<C extends ChannelName>(book: Book, channel: C, input: ChannelCallInput<C>) {
  return book.backend.invoke(channel, input).then((result) => {
    if (!result.ok) expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  });
}

function givenBook(databaseUrl?: string): Book {
  const clock = fakeClock('2026-03-01T09:00:00Z');
  const where = databaseUrl === undefined ? { dbPath: ':memory:' } : { databaseUrl };
  const onInternalError = (error: unknown) => {
    throw error;
  };
  const backend = createBackend({ ...where, now: clock.now, onInternalError });
  closing.push(backend);
  return { backend, clock };
}

/** `answer` without the ids each book makes up for itself. */
function withoutIds(answer: unknown): unknown {
  const drop = (key: string, value: unknown) =>
    key === 'id' || key === 'customerId' ? undefined : value;
  return JSON.parse(JSON.stringify(answer, drop)) as unknown;
}

/** A customer with 100.00 due at the end of March 10 and 50.00 lasting. */
async function givenLotDueOnMarch10(book: Book): Promise<string> {
  const customer = await call(book, 'customers.create', {
    name: 'Acme Studio',
    currency: 'EUR',
    requestId: 'customer',
  });
  const lots = [
    { amount: '100.00', expiresOn: '2026-03-10', requestId: 'due' },
    { amount: '50.00', requestId: 'lasting' },
  ];
  for (const lot of lots) {
    await call(book, 'balance.topUp', { customerId: customer.id, kind: 'paid', ...lot });
  }
  return customer.id;
}

describe('balance.get on a server book', () => {
  it('answers while the lock is held, and expires a due lot first once it is free', async () => {
    const url = await newDatabase(cluster.url, 'reads');
    const server = givenBook(url);
    const file = givenBook();
    const [serverCustomer, fileCustomer] = [
      await givenLotDueOnMarch10(server),
      await givenLotDueOnMarch10(file),
    ];
    const before = await whileLockHeld(url, () =>
      call(server, 'balance.get', { customerId: serverCustomer }),
    );
    expect(before.balance).toBe('150.00');
    for (const book of [server, file]) book.clock.set('2026-03-11T09:00:00Z');
    const due = await whileLockHeld(url, async () => {
      const pending = watched(call(server, 'balance.get', { customerId: serverCustomer }));
      expect(await lockWaiters(url)).toBe(1);
      expect(pending.settled()).toBe(false);
      return pending;
    });
    const expected = await call(file, 'balance.get', { customerId: fileCustomer });
    const answered = await due.promise;
    expect(answered.balance).toBe('50.00');
    expect(withoutIds(answered)).toEqual(withoutIds(expected));
    const history = await call(server, 'balance.history', { customerId: serverCustomer });
    const expiries = history.items.filter((item) => item.type === 'expiration');
    expect(expiries).toHaveLength(1);
  });
});
