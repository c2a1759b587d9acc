/**
 * The SQLite store: one better-sqlite3 connection, one transaction at a time through an async
 * queue, so no two calls interleave even though work awaits between its queries. better-sqlite3's
 * own `transaction()` cannot take an async function (TOOLCHAIN.md), so transactions are begun
 * (`BEGIN IMMEDIATE` for writes, `BEGIN` for reads) and ended (`COMMIT`/`ROLLBACK`) by hand.
 */
import { is, SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Connection } from '../db/open.ts';
import { KeptRefusal } from '../kept-refusal.ts';
import type {
  Placeholders,
  RowQuery,
  RowsQuery,
  RunOutcome,
  RunQuery,
  Storage,
  Tx,
} from './storage.ts';
import { bookClosed } from './storage.ts';
import { fastPrepared } from './fast-prepared.ts';
import { walCheckpoint } from './wal-checkpoint.ts';

/** The handle work gets on `connection`; the caller keeps the transaction (storage's queue). */
export function sqliteTx(connection: Connection): Tx {
  const { sqlite, db } = connection;
  const dialect = new SQLiteSyncDialect();
  const kept = new Map<string, unknown>();
  return {
    store: 'sqlite',
    db,
    prepared: <T>(key: string, build: (builder: typeof db) => T): T => {
      if (!kept.has(key)) kept.set(key, build(db));
      return kept.get(key) as T;
    },
    sqlite,
    triggers: connection.triggers,
    // A kept prepared query is known by its fast form first: no drizzle type check per call.
    all: (query: RowsQuery<never> | SQL, values?: Placeholders) => {
      const fast = fastPrepared(query);
      if (fast) return Promise.resolve(fast.all(values));
      return Promise.resolve(is(query, SQL) ? db.all(query) : query.all(values));
    },
    get: (query: RowQuery<never> | SQL, values?: Placeholders) => {
      const fast = fastPrepared(query);
      if (fast) return Promise.resolve(fast.get(values));
      return Promise.resolve(is(query, SQL) ? db.get(query) : query.get(values));
    },
    run: (query: RunQuery | SQL, values?: Placeholders) => {
      const fast = fastPrepared(query);
      if (fast) return Promise.resolve(fast.run(values) as RunOutcome);
      return Promise.resolve((is(query, SQL) ? db.run(query) : query.run(values)) as RunOutcome);
    },
    runEach: (query: RunQuery, rows: readonly Placeholders[]) => {
      const fast = fastPrepared(query) ?? query;
      return Promise.resolve(rows.map((values) => (fast.run(values) as RunOutcome).changes));
    },
    allExact: (query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      const statement = sqlite.prepare(text).safeIntegers(true);
      return Promise.resolve(statement.all(...params) as Record<string, unknown>[]);
    },
  } as Tx;
}

/**
 * One queue for every SQLite storage of this process, not one per connection: a transaction
 * awaits between its queries, and if a second connection to the same file began its own in that
 * gap it would wait on the file's lock synchronously (busy timeout), blocking the very thread
 * that must finish the first: two engines in one process (tests, a restore check) would then
 * refuse each other with SQLITE_BUSY. Transactions of one process run one after another, as they
 * did when they were synchronous.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Lets the event loop turn (timers, I/O, the renderer's next call) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The file's storage, which can also give its one writer's turn to work that writes through
 * another connection (a worker thread's, storage/worker-host.ts): `hold` runs `work` in the
 * queue without beginning a transaction here, so nothing else of this process runs meanwhile
 * and the other connection takes the file's write lock unopposed.
 */
export type FileStorage = Storage & { hold<T>(work: () => Promise<T>): Promise<T> };

/** `checkpointPages`: the log's size at which it is copied back, between transactions. */
export function sqliteStorage(connection: Connection, checkpointPages?: number): FileStorage {
  const { sqlite } = connection;
  const tx = sqliteTx(connection);
  const checkpoint = walCheckpoint(sqlite, checkpointPages);
  let checkpointQueued = false;
  // Whether the last writing transaction's commit wrote to the log and left it due. Calls that
  // only read run in writing transactions too; they must not checkpoint (nor pay two turns of
  // the loop) each time the log is due but nothing new was written since the last checkpoint.
  // What tells them apart is the connection's own count of changed rows (triggers' included),
  // not the log's frames, which another connection's writes move too; the frames are read once,
  // after a commit that changed rows, from the shared index (a system call each).
  let dueAfterCommit = false;
  const totalChanges = sqlite.prepare('SELECT total_changes()').pluck();
  const changesNow = () => totalChanges.get() as number;
  let changesSeen = changesNow();
  // A function, not the property: the book can close while a transaction awaits its work.
  const isOpen = () => sqlite.open;

  function enqueue<T>(begin: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const next = queue.then(() => transaction(begin, work));
    queue = next.catch(() => undefined);
    if (begin !== 'BEGIN') void next.finally(queueCheckpoint).catch(() => undefined);
    return next;
  }

  /** After a write, once the log is due: a checkpoint in a turn of its own, then another turn
   * before the next transaction, so no transaction and no checkpoint share one hold of the loop. */
  function queueCheckpoint(): void {
    if (checkpoint === null || checkpointQueued || !dueAfterCommit) return;
    checkpointQueued = true;
    const done = queue
      .then(nextTurn)
      .then(() => {
        checkpointQueued = false;
        if (sqlite.open) checkpoint.run();
      })
      .then(nextTurn);
    queue = done.catch(() => undefined);
  }

  async function transaction<T>(begin: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (!isOpen()) throw bookClosed();
    dueAfterCommit = false;
    const writing = begin !== 'BEGIN';
    sqlite.exec(begin);
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      // Closed under the work (between two of its queries): SQLite rolled it back on closing.
      if (!isOpen()) throw bookClosed();
      if (error instanceof KeptRefusal) {
        commit(writing);
      } else if (sqlite.inTransaction) {
        rollBack();
      }
      throw error;
    }
    commit(writing);
    return result;
  }

  /** A commit that fails (a full disk) leaves the transaction open: roll it back, then throw. */
  function commit(writing: boolean): void {
    try {
      // Counted before the commit, inside the transaction: after it, even this read would
      // begin a transaction of its own.
      const changes = writing ? changesNow() : changesSeen;
      sqlite.exec('COMMIT');
      if (checkpoint === null || changes === changesSeen) return;
      changesSeen = changes;
      dueAfterCommit = checkpoint.isDue();
    } catch (error) {
      if (sqlite.inTransaction) rollBack();
      throw error;
    }
  }

  /** Rolled-back rows stay in the connection's count: they were never in the log. */
  function rollBack(): void {
    sqlite.exec('ROLLBACK');
    changesSeen = changesNow();
  }

  return {
    read: (work) => enqueue('BEGIN', work),
    write: (work) => enqueue('BEGIN IMMEDIATE', work),
    // One connection, one writer: calls that only read keep running in writing transactions.
    readFirst: (work) => enqueue('BEGIN IMMEDIATE', work),
    // The other connection checkpoints after its own commit (worker-serve.ts).
    hold: <T>(work: () => Promise<T>) => {
      const next = queue.then(work);
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => {
      checkpoint?.close();
      if (sqlite.open) sqlite.close();
    },
  };
}
