/**
 * Proves the PostgreSQL store (issue #19): work that throws leaves nothing; a KeptRefusal keeps
 * what was written before it; two stores on one book (two computers) write one after the other,
 * the second waiting for the first's commit; a connection dropped mid-transaction rolls it back;
 * `allExact` reads integers past 2^53 exactly while other reads refuse to round them; and the
 * server itself refuses to change history (UPDATE, DELETE, TRUNCATE) or an issued invoice.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { openServerBook } from '../../../electron/backend/db/pg/open.ts';
import { KeptRefusal } from '../../../electron/backend/kept-refusal.ts';
import { pgStorage } from '../../../electron/backend/storage/pg-storage.ts';
import type { Storage, Tx } from '../../../electron/backend/storage/storage.ts';
import { asSuperuser, givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';

let cluster: TestCluster;
const opened: Storage[] = [];

beforeAll(async () => {
  cluster = await givenCluster();
});

afterAll(() => {
  for (const store of opened) store.close();
  cluster.stop();
});

async function givenStorages(count = 1): Promise<{ url: string; stores: Storage[] }> {
  const url = await newDatabase(cluster.url, 'storage');
  const stores: Storage[] = [];
  for (let index = 0; index < count; index += 1) {
    stores.push(pgStorage(await openServerBook({ databaseUrl: url })));
  }
  opened.push(...stores);
  return { url, stores };
}

const addUser = (tx: Tx, id: string) =>
  tx.run(sql`INSERT INTO users (id, name, role, created_at) VALUES (${id}, ${id}, 'viewer', '')`);

const userIds = async (tx: Tx) =>
  (await tx.all<{ id: string }>(sql`SELECT id FROM users ORDER BY rowid`)).map((row) => row.id);

function deferred(): { promise: Promise<unknown>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise((done) => {
    resolve = () => {
      done(null);
    };
  });
  return { promise, resolve };
}

/** Writers waiting on the book's lock, once one is (asked of the server, up to 500 times). */
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

describe('the PostgreSQL storage', () => {
  it('rolls back work that throws, and passes the error on', async () => {
    const [store] = (await givenStorages()).stores as [Storage];
    const failing = store.write(async (tx) => {
      await addUser(tx, 'ana');
      throw new AppError('CONFLICT', 'no');
    });
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.read(userIds)).toEqual([]);
  });

  it('commits what a KeptRefusal kept, then throws it', async () => {
    const [store] = (await givenStorages()).stores as [Storage];
    const refused = store.write(async (tx) => {
      await addUser(tx, 'ana');
      throw new KeptRefusal('CONFLICT', 'kept');
    });
    await expect(refused).rejects.toBeInstanceOf(KeptRefusal);
    expect(await store.read(userIds)).toEqual(['ana']);
  });

  it('lets one writer at a time hold the book, across stores', async () => {
    const { url, stores } = await givenStorages(2);
    const [first, second] = stores as [Storage, Storage];
    const holding = deferred();
    const started = deferred();
    const order: string[] = [];
    const one = first.write(async (tx) => {
      await addUser(tx, 'first');
      started.resolve();
      await holding.promise;
      order.push('first commits');
    });
    await started.promise;
    const two = second.write(async (tx) => {
      order.push('second starts');
      const seen = await userIds(tx);
      await addUser(tx, 'second');
      return seen;
    });
    // The second writer waits on the book's lock, however long the first holds it.
    expect(await lockWaiters(url)).toBe(1);
    expect(order).toEqual([]);
    holding.resolve();
    await one;
    expect(await two).toEqual(['first']);
    expect(order).toEqual(['first commits', 'second starts']);
  });

  it('rolls back a transaction whose connection is dropped, and serves the next call', async () => {
    const { url, stores } = await givenStorages();
    const [store] = stores as [Storage];
    const dropped = store.write(async (tx) => {
      await addUser(tx, 'lost');
      const { pid } = (await tx.get<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`)) ?? {};
      await asSuperuser(url, (client) => client.query('SELECT pg_terminate_backend($1)', [pid]));
      await addUser(tx, 'never');
    });
    await expect(dropped).rejects.toThrow();
    expect(await store.read(userIds)).toEqual([]);
    await store.write((tx) => addUser(tx, 'next'));
    expect(await store.read(userIds)).toEqual(['next']);
  });

  it('reads integers past 2^53 exactly with allExact, and refuses to round them elsewhere', async () => {
    const [store] = (await givenStorages()).stores as [Storage];
    const big = sql`SELECT 9007199254740993::bigint AS big, SUM(x) AS total
      FROM (VALUES (9007199254740993::bigint), (1::bigint)) AS v(x)`;
    const exact = await store.read((tx) => tx.allExact(big));
    expect(exact).toEqual([{ big: 9007199254740993n, total: 9007199254740994n }]);
    await expect(store.read((tx) => tx.all(big))).rejects.toThrow(/not safe/);
    const small = await store.read((tx) =>
      tx.all(sql`SELECT SUM(x) AS total, COUNT(*) AS n
      FROM (VALUES (2::bigint), (3::bigint)) AS v(x)`),
    );
    expect(small).toEqual([{ total: 5, n: 2 }]);
  });

  it('refuses to change history or an issued invoice, whatever code runs', async () => {
    const { url } = await givenStorages();
    const refusal = (statement: string) =>
      asSuperuser(url, (client) => client.query(statement)).then(
        () => 'accepted',
        (error: unknown) => (error as Error).message,
      );
    await asSuperuser(url, (client) =>
      client.query(`INSERT INTO customers (id, name, name_key, currency, payment_terms_days,
          created_at, updated_at) VALUES ('c', 'C', 'c', 'USD', 14, '', '');
        INSERT INTO ledger_entries (id, customer_id, seq, type, amount_minor, balance_after_minor,
          occurred_at, effective_on, actor_id, prev_hash, hash)
          VALUES ('e', 'c', 1, 'top_up', 5, 5, '', '2026-01-01', 'a', '', 'h');
        INSERT INTO invoices (id, customer_id, kind, status, currency, subtotal_minor, tax_minor,
          total_minor, amount_due_minor, created_at, updated_at)
          VALUES ('i', 'c', 'standard', 'open', 'USD', 5, 0, 5, 5, '', '')`),
    );
    expect(await refusal(`UPDATE ledger_entries SET amount_minor = 6`)).toBe(
      'ledger_entries are append-only',
    );
    expect(await refusal(`DELETE FROM ledger_entries`)).toBe('ledger_entries are append-only');
    const entry = (seq: number, balanceAfter: number) =>
      `INSERT INTO ledger_entries (id, customer_id, seq, type, amount_minor, balance_after_minor,
        occurred_at, effective_on, actor_id, prev_hash, hash)
        VALUES ('e${seq}-${balanceAfter}', 'c', ${seq}, 'top_up', 5, ${balanceAfter}, '',
        '2026-01-02', 'a', '', 'h')`;
    const broken = "a ledger entry must continue its customer's ledger";
    expect(await refusal(entry(2, 11))).toBe(broken);
    expect(await refusal(entry(3, 10))).toBe(broken);
    expect(await refusal(entry(2, 10))).toBe('accepted');
    expect(await refusal(`TRUNCATE ledger_entries CASCADE`)).toMatch(/append-only/);
    expect(await refusal(`UPDATE invoices SET total_minor = 6`)).toBe(
      'an issued invoice is frozen',
    );
    expect(await refusal(`UPDATE invoices SET status = 'paid'`)).toBe('accepted');
    expect(await refusal(`DELETE FROM invoices`)).toBe('invoices are never deleted');
    expect(
      await refusal(`INSERT INTO invoice_lines (invoice_id, position, description, quantity,
        unit_price_minor, amount_minor, tax_minor) VALUES ('i', 1, 'x', '1', 5, 5, 0)`),
    ).toBe('an issued invoice is frozen');
  });
});
