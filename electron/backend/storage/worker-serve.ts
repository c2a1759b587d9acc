/**
 * The worker thread's side of worker-host.ts: opens its own connection to the book file (the
 * same pragmas, functions and triggers; migrations already applied by the main thread), runs
 * the call's steps (call-steps.ts) in one writing transaction with the given handler, exactly as
 * the router runs them, and posts one answer; then copies the log back (a PASSIVE checkpoint,
 * here rather than on the main thread) and closes the connection. Its clock is the instant the
 * main thread gave; its time budget is never spent (nothing else runs on this thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChannelName } from '../../../shared/contract/channels.ts';
import { callInTransaction, type Call, type CallClock, type Handler } from '../call-steps.ts';
import { openDatabase, type Connection } from '../db/open.ts';
import { sqliteStorage } from './sqlite-storage.ts';
import type { Storage } from './storage.ts';
import { thrownOf, type WorkerAnswer, type WorkerCall, type WorkerJob } from './worker-host.ts';

export async function serveCall(run: Handler): Promise<void> {
  const { book, call } = workerData as WorkerJob;
  let opened: { connection: Connection; storage: Storage } | undefined;
  let answer: WorkerAnswer;
  try {
    const connection = openDatabase(book.dbPath, book);
    const storage = sqliteStorage(connection);
    opened = { connection, storage };
    const clock = clockOf(call, book.timeZone);
    const data = await storage.write((tx) => callInTransaction(tx, clock, stepsOf(call), run));
    answer = { ok: true, data };
  } catch (error) {
    answer = { ok: false, thrown: thrownOf(error) };
  }
  parentPort?.postMessage(answer);
  if (opened === undefined) return;
  // After the answer, as the main thread's store checkpoints between transactions: PASSIVE
  // waits on no lock, so the main thread's next transaction may already run beside it.
  if (answer.ok) opened.connection.sqlite.exec('PRAGMA wal_checkpoint(PASSIVE)');
  opened.storage.close();
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
