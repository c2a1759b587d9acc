/**
 * The PostgreSQL store (issue #19): a pool of connections to one server book. The engine's queries
 * stay those of drizzle's SQLite dialect: `tx.db` is a drizzle SQLite database whose every query
 * is sent here (drizzle's sqlite-proxy), to the connection of the transaction it runs in, with `?`
 * placeholders numbered as PostgreSQL wants them. drizzle itself maps the rows, as it does on
 * SQLite. Each `write` takes the book's writer lock first (an advisory lock held to its commit),
 * so writers follow one another as they do on the SQLite file: invoice numbers stay gapless, the
 * audit chain grows by one writer, and a repeated requestId finds the first call's answer. A
 * `read` sees one snapshot. A call that changes nothing (`readFirst`) runs in such a snapshot
 * without the lock, so readers wait for no writer; if it tries to write there (expiry due, SPEC 2),
 * the server refuses (read-only transaction), and the call runs again under the lock.
 * A connection lost mid-transaction rolls back on the server.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { is, SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import type pg from 'pg';
import { assert, InvariantError } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';
import { connectionError } from '../db/pg/book-errors.ts';
import { BOOK_WRITER_LOCK, PG_MIGRATIONS_FOLDER } from '../db/pg/open.ts';
import { serverSql } from '../db/pg/placeholders.ts';
import { exactTypes } from '../db/pg/values.ts';
import * as schema from '../db/schema.ts';
import { expectedTriggers } from '../db/triggers.ts';
import { KeptRefusal } from '../kept-refusal.ts';
import type { Placeholders, RowQuery, RowsQuery, RunQuery, Storage, Tx } from './storage.ts';

type Method = 'run' | 'all' | 'values' | 'get';
type Row = Record<string, unknown>;
/** What `tx.db` builds here: drizzle's proxy runs every query asynchronously. */
type AsyncQuery = {
  all(values?: Placeholders): Promise<unknown[]>;
  get(values?: Placeholders): Promise<unknown>;
  run(values?: Placeholders): Promise<{ changes?: number }>;
};
const asAsync = (query: RowsQuery<unknown> | RowQuery<unknown> | RunQuery) =>
  query as unknown as AsyncQuery;

const READ_BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
const WRITE_BEGIN = 'BEGIN';
/** PostgreSQL's refusal of a write (or a row lock) in a READ ONLY transaction. */
const READ_ONLY_REFUSED = '25006';

/** One transaction's connection, and whether its work tried to write in a read-only one. */
type Session = { client: pg.PoolClient; triedToWrite: boolean };

export function pgStorage(pool: pg.Pool): Storage {
  const current = new AsyncLocalStorage<Session>();
  const dialect = new SQLiteAsyncDialect();
  /** Sends `query` on this transaction's connection, noting a write the server refused. */
  const send = async <R extends pg.QueryResultRow>(
    query: pg.QueryConfig,
  ): Promise<pg.QueryResult<R>> => {
    const session = current.getStore();
    assert(session !== undefined, 'a query ran outside a transaction of the server book');
    try {
      return await session.client.query<R>(query);
    } catch (error) {
      if ((error as { code?: unknown }).code === READ_ONLY_REFUSED) session.triedToWrite = true;
      throw error;
    }
  };
  const db = drizzle(
    async (text: string, params: unknown[], method: Method) => {
      const query = { text: serverSql(text), values: params, rowMode: 'array' as const };
      const result = await send<unknown[]>(query);
      // drizzle's proxy takes one row (or none) for `get`, in place of the list.
      if (method === 'get') return { rows: result.rows[0] as unknown[] };
      if (method === 'run') return { rows: [], changes: result.rowCount ?? 0 };
      return { rows: result.rows };
    },
    { schema },
  ) as unknown as Db;
  const objects = async (query: SQL, types?: pg.CustomTypesConfig) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return send<Row>({ text: serverSql(text), values: params, types });
  };
  const kept = new Map<string, unknown>();
  const tx = {
    store: 'postgres',
    db,
    prepared: <T>(key: string, build: (builder: Db) => T): T => {
      if (!kept.has(key)) kept.set(key, build(db));
      return kept.get(key) as T;
    },
    get sqlite(): never {
      throw new InvariantError('the SQLite file is not on this store (a server book)');
    },
    triggers: expectedTriggers(PG_MIGRATIONS_FOLDER),
    all: async (query: RowsQuery<unknown> | SQL, values?: Placeholders): Promise<unknown[]> =>
      is(query, SQL) ? (await objects(query)).rows : asAsync(query).all(values),
    get: async (query: RowQuery<unknown> | SQL, values?: Placeholders): Promise<unknown> =>
      is(query, SQL) ? (await objects(query)).rows[0] : asAsync(query).get(values),
    run: async (query: RunQuery | SQL, values?: Placeholders) => {
      if (is(query, SQL)) return { changes: (await objects(query)).rowCount ?? 0 };
      const outcome = await asAsync(query).run(values);
      return { changes: outcome.changes ?? 0 };
    },
    runEach: async (query: RunQuery, rows: readonly Placeholders[]) => {
      const changes: number[] = [];
      for (const values of rows) changes.push((await asAsync(query).run(values)).changes ?? 0);
      return changes;
    },
    allExact: async (query: SQL) => (await objects(query, exactTypes)).rows,
  } as unknown as Tx;

  async function transaction<T>(
    begin: string,
    work: (tx: Tx) => Promise<T>,
    session: { triedToWrite: boolean } = { triedToWrite: false },
  ): Promise<T> {
    const client = await pool.connect().catch((error: unknown) => {
      throw connectionError(error);
    });
    const state = { usable: true };
    // The server may end the connection while it is checked out: the query in flight fails, and
    // the connection is dropped at release, never an uncaught error.
    const lost = () => {
      state.usable = false;
    };
    client.on('error', lost);
    try {
      await client.query(begin).catch((error: unknown) => {
        state.usable = false;
        throw connectionError(error);
      });
      const running = Object.assign(session, { client });
      return await current.run(running, () => finish(client, begin, work, state));
    } finally {
      client.off('error', lost);
      // A connection whose transaction could not be ended is dropped, never reused.
      client.release(state.usable ? undefined : new Error('connection lost'));
    }
  }

  /** Runs `work`; commits when it resolves or keeps a refusal's writes, else rolls back. */
  async function finish<T>(
    client: pg.PoolClient,
    begin: string,
    work: (tx: Tx) => Promise<T>,
    state: { usable: boolean },
  ): Promise<T> {
    const end = async (command: 'COMMIT' | 'ROLLBACK') => {
      try {
        await client.query(command);
      } catch (error) {
        state.usable = false;
        throw error;
      }
    };
    let result: T;
    try {
      if (begin === WRITE_BEGIN) {
        await client.query('SELECT pg_advisory_xact_lock($1)', [BOOK_WRITER_LOCK]);
      }
      result = await work(tx);
    } catch (error) {
      await (error instanceof KeptRefusal ? end('COMMIT') : end('ROLLBACK').catch(() => undefined));
      throw error;
    }
    try {
      await end('COMMIT');
    } catch (error) {
      await end('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return result;
  }

  /** `work` in a snapshot without the lock; again under the lock if it tried to write there. */
  async function readFirst<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = { triedToWrite: false };
    try {
      const result = await transaction(READ_BEGIN, work, session);
      if (!session.triedToWrite) return result;
    } catch (error) {
      if (!session.triedToWrite) throw error;
    }
    return transaction(WRITE_BEGIN, work);
  }

  return {
    read: (work) => transaction(READ_BEGIN, work),
    write: (work) => transaction(WRITE_BEGIN, work),
    readFirst,
    close: () => {
      void pool.end().catch(() => undefined);
    },
  };
}
