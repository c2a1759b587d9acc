/**
 * Setup through the engine's own handlers, without the router: a connection opened as the engine
 * opens it, a hand-made `Context` whose clock the caller sets per call, and typed direct calls.
 * Setup work runs thousands of calls per SQLite transaction, so fixtures of a size worth
 * measuring build in seconds, and every row is still written by the engine's handlers. Measured
 * calls never come through here: they go through `createBackend` and `invoke`.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import type { Context } from '../../electron/backend/context.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../electron/backend/db/open.ts';
import type { BatchedChannel, Handler } from '../../electron/backend/handler.ts';
import { handlers } from '../../electron/backend/handlers.ts';
import { DEFAULT_ADMIN_ID } from '../../electron/backend/index.ts';
import { BATCH_BUDGET_MS, timeBudget } from '../../electron/backend/jobs/time-budget.ts';
import { sqliteTx } from '../../electron/backend/storage/sqlite-storage.ts';

/** A bigger page cache for setup connections only: setup is not what is measured. */
const SETUP_CACHE_KIB = 131_072;

export type DirectChannel = Exclude<ChannelName, BatchedChannel>;

/** Runs `work` on a connection of its own, closed afterwards. */
export async function withConnection<T>(
  path: string,
  work: (base: Context) => Promise<T>,
): Promise<T> {
  const connection = openDatabase(path, DEFAULT_MIGRATIONS_FOLDER);
  try {
    connection.sqlite.pragma(`cache_size = -${SETUP_CACHE_KIB}`);
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

/** The same context at another instant (the business time zone is UTC). */
export function at(base: Context, instant: Date | number | string): Context {
  const nowAt = new Date(instant).toISOString();
  return { ...base, nowAt, today: nowAt.slice(0, 10) };
}

/** Calls one channel's handler directly; errors are thrown, as inside the router. */
export function direct<C extends DirectChannel>(
  channel: C,
  input: ChannelInput<C>,
  ctx: Context,
): Promise<ChannelOutput<C>> {
  const handler = handlers[channel] as unknown as Handler<C>;
  return handler(input, ctx);
}

/** Runs `work` in one immediate transaction of the context's connection. */
export function inTransaction<T>(base: Context, work: () => Promise<T>): Promise<T> {
  return savepoint(base, 'BEGIN IMMEDIATE', work);
}

/**
 * Runs `work` after `begin` (a transaction, or `SAVEPOINT` inside one), committing or releasing
 * it when the work resolves and rolling it back when it throws.
 */
export async function savepoint<T>(
  base: Context,
  begin: string,
  work: () => Promise<T>,
): Promise<T> {
  const { sqlite } = base.tx;
  const isSavepoint = begin.startsWith('SAVEPOINT');
  sqlite.exec(begin);
  try {
    const result = await work();
    sqlite.exec(isSavepoint ? `RELEASE ${begin.slice('SAVEPOINT '.length)}` : 'COMMIT');
    return result;
  } catch (error) {
    if (isSavepoint) {
      const name = begin.slice('SAVEPOINT '.length);
      sqlite.exec(`ROLLBACK TO ${name}`);
      sqlite.exec(`RELEASE ${name}`);
    } else if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
