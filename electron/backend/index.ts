/**
 * The engine's one entry (../shared/CONTRACT.md): `createBackend` opens (and migrates) a ledger
 * file, or a server book (`databaseUrl`, PostgreSQL: db/pg/, storage/pg-storage.ts), and returns `invoke`, the only way in, typed from the channel registry, and
 * `invokeUnknown`, the same door for callers holding unchecked data (IPC, the web bridge, fuzz
 * tests). Both validate every input at run time. Plain Node: nothing here may import `electron`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dateInZone, isValidTimeZone, systemTimeZone } from '../../shared/dates.ts';
import type {
  ChannelCallInput,
  ChannelName,
  ChannelOutput,
} from '../../shared/contract/channels.ts';
import type { Result } from '../../shared/errors.ts';
import { restoreMissingTriggers } from './audit/restore-triggers.ts';
import { auditEvent, prepareAuditQueries } from './audit/write.ts';
import { asSystem, DEFAULT_ADMIN_ID, SYSTEM_ACTOR_ID, type Context } from './context.ts';
import {
  BUSY_TIMEOUT_MS,
  DEFAULT_MIGRATIONS_FOLDER,
  openDatabase,
  type Connection,
} from './db/open.ts';
import { BATCH_BUDGET_MS, timeBudget } from './jobs/time-budget.ts';
import { expireDueBatch } from './core/expiry.ts';
import { createRouter, type CallContext, type OffThread } from './router.ts';
import { openServerStorage } from './storage/server-book.ts';
import { sqliteStorage } from './storage/sqlite-storage.ts';
import type { Storage, Tx } from './storage/storage.ts';
import { runInWorker } from './storage/worker-host.ts';

export { DEFAULT_ADMIN_ID };

export type BackendOptions = {
  /** The local ledger file (`:memory:` for tests); exactly one of it and `databaseUrl`. */
  dbPath?: string;
  /** A server book: a PostgreSQL connection string (`postgres://user:password@host/db`). */
  databaseUrl?: string;
  now?: () => Date;
  timeZone?: string;
  migrationsFolder?: string;
  /** How long a write waits for another instance holding the file before answering CONFLICT. */
  busyTimeoutMs?: number;
  onInternalError?: (error: unknown, channel: string) => void;
  /** How long one batch of a long pass (expiry, the scheduled pass) runs before it yields. */
  batchBudgetMs?: number;
};

export type Backend = {
  /** A call checked at compile time: the input and the answer are the channel's own. */
  invoke<C extends ChannelName>(
    channel: C,
    input: ChannelCallInput<C>,
    ctx?: CallContext,
  ): Promise<Result<ChannelOutput<C>>>;
  /** The same call for data nobody has checked; an unknown channel or bad input is VALIDATION. */
  invokeUnknown(channel: unknown, input: unknown, ctx?: CallContext): Promise<Result<unknown>>;
  close(): void;
};

export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const timeZone = options.timeZone ?? systemTimeZone();
  if (!isValidTimeZone(timeZone)) throw new Error(`Unknown time zone ${timeZone}`);
  const batchBudgetMs = options.batchBudgetMs ?? BATCH_BUDGET_MS;
  const batchBudget = () => timeBudget(batchBudgetMs, () => performance.now());
  const at = now();
  const start = (tx: Tx) => systemContext(tx, at, timeZone, batchBudget);
  const { storage, opened, offThread } = openStorage(
    { ...options, now },
    at.toISOString(),
    timeZone,
  );
  const ready = opened.then(() => startUp(storage, start));
  // A failed start-up reaches every call (each awaits `ready`), never an unhandled rejection.
  ready.catch(() => undefined);
  const invokeUnknown: Backend['invokeUnknown'] = createRouter({
    storage,
    ready,
    now,
    timeZone,
    batchBudget,
    defaultActorId: DEFAULT_ADMIN_ID,
    onInternalError: options.onInternalError ?? reportInternalError,
    offThread,
  });
  return {
    // The router checks the input against the registry and each handler answers its channel's
    // output, so the typed entry is the same function seen through the registry's types.
    invoke: (channel, input, ctx) => invokeUnknown(channel, input, ctx) as never,
    invokeUnknown,
    close: () => {
      storage.close();
    },
  };
}

function systemContext(
  tx: Tx,
  at: Date,
  timeZone: string,
  batchBudget: () => () => boolean,
): Context {
  return asSystem({
    tx,
    actor: { id: DEFAULT_ADMIN_ID, role: 'admin' },
    nowAt: at.toISOString(),
    today: dateInZone(at, timeZone),
    timeZone,
    batchBudget,
  });
}

/** Start-up expiry in bounded batches, so no transaction holds the file for long. */
async function startUp(storage: Storage, start: (tx: Tx) => Context): Promise<void> {
  while ((await storage.write((tx) => expireDueBatch(start(tx)))) > 0) {
    // Each batch commits on its own; the loop ends when nothing is due.
  }
}

/**
 * The book's storage: the SQLite file, opened and bootstrapped before this returns, or a server
 * book, whose storage serves calls once `opened` resolves (every call awaits it); a server that
 * cannot be reached or is no book makes `opened` reject with a typed error (db/pg/book-errors.ts).
 */
function openStorage(
  options: BackendOptions & { now: () => Date },
  nowAt: string,
  timeZone: string,
): { storage: Storage; opened: Promise<unknown>; offThread?: OffThread } {
  if (options.databaseUrl !== undefined) {
    if (options.dbPath !== undefined) throw new Error('Give dbPath or databaseUrl, not both');
    return openServerStorage(options.databaseUrl, nowAt);
  }
  if (options.dbPath === undefined) throw new Error('Give dbPath or databaseUrl');
  const book = {
    dbPath: options.dbPath,
    migrationsFolder: options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER,
    busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
    timeZone,
  };
  const connection = openDatabase(book.dbPath, book);
  connection.sqlite
    .transaction(() => {
      bootstrap(connection, nowAt);
    })
    .immediate();
  const storage = sqliteStorage(connection);
  const workerFile = connection.sqlite.memory ? null : importWorkerFile();
  if (workerFile === null) return { storage, opened: Promise.resolve() };
  // A book file writes an import on a worker thread with its own connection, holding the main
  // storage's turn meanwhile; its clock reads the call's instant when the turn comes.
  const offThread: OffThread = {
    channels: OFF_THREAD_CHANNELS,
    run: (call) =>
      storage.hold(() =>
        runInWorker(workerFile, {
          book,
          call: { ...call, nowAt: options.now().toISOString(), defaultActorId: DEFAULT_ADMIN_ID },
        }),
      ),
  };
  return { storage, opened: Promise.resolve(), offThread };
}

/**
 * The channels a book file runs on a worker thread: an import's one long transaction, and its
 * undo's (as many reversing entries as the import wrote entries).
 */
const OFF_THREAD_CHANNELS = new Set(['imports.commit', 'imports.undo'] as const);

/**
 * The import worker's script: next to the engine as shipped (electron-vite's out/main, or the
 * benchmark's bundle), else the source file (Node runs TypeScript itself); null when neither is
 * there (the import then runs in process, as on an in-memory book).
 */
function importWorkerFile(): string | null {
  const here = import.meta.dirname;
  const names = [
    'import-worker.js',
    'import-worker.cjs',
    path.join('domains', 'imports', 'worker.ts'),
  ];
  return names.map((name) => path.join(here, name)).find((file) => fs.existsSync(file)) ?? null;
}

/**
 * A new file gets its settings row and its first user, `admin`; any file gets back the triggers
 * it lacks (recorded in the audit log). Synchronous, as part of opening the file: a backend
 * closed at once still leaves a complete file.
 */
function bootstrap(connection: Connection, nowAt: string): void {
  const { sqlite } = connection;
  const queries = prepareAuditQueries(connection.db);
  const actor = { id: SYSTEM_ACTOR_ID, role: 'admin' } as const;
  restoreMissingTriggers(connection, (input) => {
    const prevHash = queries.lastHash.get()?.hash ?? '';
    queries.insert.run(auditEvent({ nowAt, actor }, input, prevHash));
  });
  sqlite.prepare(`INSERT OR IGNORE INTO settings (id, updated_at) VALUES (1, ?)`).run(nowAt);
  const userCount = sqlite.prepare('SELECT COUNT(*) AS count FROM users').get() as {
    count: number;
  };
  if (userCount.count === 0) {
    sqlite
      .prepare(`INSERT INTO users (id, name, role, created_at) VALUES (?, 'admin', 'admin', ?)`)
      .run(DEFAULT_ADMIN_ID, nowAt);
  }
}

function reportInternalError(error: unknown, channel: string): void {
  console.error(`[balancebook] internal error in ${channel}`, error);
}
