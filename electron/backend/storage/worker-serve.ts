/**
 * The worker thread's side of worker-host.ts: opens its own connection to the book file (the
 * same pragmas, functions and triggers; migrations already applied by the main thread), runs
 * the call's steps (call-steps.ts) in one writing transaction with the given handler, exactly as
 * the router runs them, then copies the log back (a PASSIVE checkpoint, here rather than on the
 * main thread), closes the connection and posts one answer. Its clock is the instant the main
 * thread gave; its time budget is never spent (nothing else runs on this thread to yield to).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import { callInTransaction, type CallClock, type Handler } from '../call-steps.ts';
import { openDatabase } from '../db/open.ts';
import { sqliteStorage } from './sqlite-storage.ts';
import { thrownOf, type WorkerAnswer, type WorkerJob } from './worker-host.ts';

export async function serveCall(run: Handler): Promise<void> {
  const answer = await answerOf(workerData as WorkerJob, run);
  parentPort?.postMessage(answer);
}

async function answerOf({ book, call }: WorkerJob, run: Handler): Promise<WorkerAnswer> {
  const clock: CallClock = {
    now: () => new Date(call.nowAt),
    timeZone: book.timeZone,
    batchBudget: () => () => false,
    defaultActorId: call.defaultActorId,
  };
  const steps = {
    channel: call.channel as ChannelName,
    input: call.input,
    call: call.actorId === undefined ? undefined : { actorId: call.actorId },
  };
  try {
    const connection = openDatabase(book.dbPath, book);
    const storage = sqliteStorage(connection);
    try {
      const data = await storage.write((tx) => callInTransaction(tx, clock, steps, run));
      connection.sqlite.exec('PRAGMA wal_checkpoint(PASSIVE)');
      return { ok: true, data };
    } finally {
      storage.close();
    }
  } catch (error) {
    return { ok: false, thrown: thrownOf(error) };
  }
}
