/**
 * The worker thread's side of worker-host.ts: opens its own connection to the book file (the
 * same pragmas, functions and triggers; migrations already applied by the main thread), runs
 * the call's steps (call-steps.ts) in one writing transaction with the given handler, exactly as
 * the router runs them, copies the log back (a PASSIVE checkpoint, here rather than on the main
 * thread), closes the connection and posts one answer. Its clock is the instant the main thread
 * gave; its time budget is never spent (nothing else runs on this thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import { callInTransaction, type Call, type CallClock, type Handler } from '../call-steps.ts';
import { openDatabase, type Connection } from '../db/open.ts';
import { sqliteStorage } from './sqlite-storage.ts';
import type { Storage } from './storage.ts';
import { thrownOf, type WorkerAnswer, type WorkerCall, type WorkerJob } from './worker-host.ts';

/**
 * The worker's page cache, in KiB (better-sqlite3's default is 16,000): an import appends rows at
 * the right edge of each table and index, so it reads few pages again; on bench:import's
 * history case, the same speed and about 50 MB less peak RSS (245-265 MB against 314 MB).
 */
const WORKER_CACHE_KIB = 4000;

/** The handlers a worker script serves, by channel. */
export type WorkerHandlers = Partial<Record<ChannelName, Handler>>;

export async function serveCall(handlers: WorkerHandlers): Promise<void> {
  const { book, call } = workerData as WorkerJob;
  let opened: { connection: Connection; storage: Storage } | undefined;
  let answer: WorkerAnswer;
  try {
    const connection = openDatabase(book.dbPath, book);
    connection.sqlite.pragma(`cache_size = -${WORKER_CACHE_KIB}`);
    const storage = sqliteStorage(connection);
    opened = { connection, storage };
    const clock = clockOf(call, book.timeZone);
    const run = handlers[call.channel as ChannelName];
    if (run === undefined) throw new Error(`The worker serves no ${call.channel}`);
    const data = await storage.write((tx) => callInTransaction(tx, clock, stepsOf(call), run));
    answer = { ok: true, data };
  } catch (error) {
    answer = { ok: false, thrown: thrownOf(error) };
  }
  // The log copied back and the connection closed before the answer: once the main thread has
  // it, the file is settled (a caller may close the book and copy the file at once).
  if (opened !== undefined) {
    if (answer.ok) checkpoint(opened.connection);
    opened.storage.close();
  }
  parentPort?.postMessage(answer);
}

/** Housekeeping after the commit: if it fails, the main thread's store copies the log later. */
function checkpoint(connection: Connection): void {
  try {
    connection.sqlite.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // The commit stands; the log stays due.
  }
}

function clockOf(call: WorkerCall, timeZone: string): CallClock {
  return {
    now: () => new Date(call.nowAt),
    timeZone,
    batchBudget: () => () => false,
    defaultActorId: call.defaultActorId,
  };
}

function stepsOf(call: WorkerCall): Call {
  return {
    channel: call.channel as ChannelName,
    input: call.input,
    call: call.actorId === undefined ? undefined : { actorId: call.actorId },
  };
}
