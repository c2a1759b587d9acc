/**
 * The one way a handler or repository reaches the database. It is async at its boundary, so a
 * second store (PostgreSQL) can run the same queries without touching a rule: a query is a drizzle
 * query builder, a prepared query, or a drizzle `sql` template, and every one is awaited.
 * `read` and `write` each run their work as one transaction; nothing else interleaves with it.
 */
import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import type { TriggerDefinitions } from '../db/triggers.ts';
import { AppError } from '../../../shared/errors.ts';

/** Values for a query's placeholders (`sql.placeholder(name)`). */
export type Placeholders = Record<string, unknown>;

/** A query that yields rows: a builder (`db.select()...`) or a prepared query. */
export type RowsQuery<T> = { all(values?: Placeholders): T[] };
export type RowQuery<T> = { get(values?: Placeholders): T };
export type RunQuery = { run(values?: Placeholders): unknown };

export type RunOutcome = { changes: number };

/** One transaction's handle. */
export type Tx = {
  /** The store under it: the local file, or a server book (PostgreSQL, issue #19). */
  readonly store: 'sqlite' | 'postgres';
  /** Builds queries (never runs them: pass what it builds to `all`, `get` or `run`). */
  readonly db: Db;
  /**
   * What `build` makes from the query builder, made once per storage and kept under `key`: the
   * prepared queries every balance movement runs (core/hot-queries.ts).
   */
  prepared<T>(key: string, build: (db: Db) => T): T;
  all<T>(query: RowsQuery<T>, values?: Placeholders): Promise<T[]>;
  all<T>(query: SQL): Promise<T[]>;
  get<T>(query: RowQuery<T>, values?: Placeholders): Promise<T>;
  get<T>(query: SQL): Promise<T | undefined>;
  run(query: RunQuery | SQL, values?: Placeholders): Promise<RunOutcome>;
  /**
   * Runs one prepared query once per value set, in order; the rows each changed. On SQLite the
   * whole list runs in one go (a bulk write's slice), on a server book one after another.
   */
  runEach(query: RunQuery, rows: readonly Placeholders[]): Promise<number[]>;
  /** Rows of `query` with every integer read exactly, as BigInt (db/exact-sum.ts). */
  allExact(query: SQL): Promise<Record<string, unknown>[]>;
  /**
   * The SQLite file itself, for the few readers that check its raw bytes and sqlite_master:
   * audit verification and putting back dropped triggers at start-up. Nothing else may use it.
   * A server book has none (reading it is an error): verification there checks a copy of the
   * book in memory (db/pg/snapshot.ts), and its triggers are checked on the server.
   */
  readonly sqlite: Database.Database;
  /** The append-only and integrity triggers the file must hold, as its migrations define them. */
  readonly triggers: TriggerDefinitions;
};

export type Work<T> = (tx: Tx) => Promise<T>;

export type Storage = {
  /** Runs `work` in one transaction that only reads. */
  read<T>(work: Work<T>): Promise<T>;
  /** Runs `work` in one writing transaction: committed when it resolves, rolled back when it
   * throws, except a `KeptRefusal`, which commits what was written before it, then is thrown. */
  write<T>(work: Work<T>): Promise<T>;
  /**
   * Runs `work` that is meant to change nothing (a call of a channel that does not mutate). On the
   * file, as a `write` (one writer, unchanged). On a server book, first in a read-only snapshot
   * without the writer lock; if the work tried to write there (a due lot to expire, a block to
   * refresh), that attempt is rolled back and the work runs again as a `write`.
   */
  readFirst<T>(work: Work<T>): Promise<T>;
  close(): void;
};

/**
 * What a call gets once its book is closed (the app quitting, a book switched or restored) while
 * the call was still queued: a refusal the renderer can show, not a crash reported as INTERNAL.
 */
export function bookClosed(): AppError {
  return new AppError('CONFLICT', 'This book was closed: open it again to go on.');
}
