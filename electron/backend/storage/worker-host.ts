/**
 * Runs one call on a worker thread with its own connection to the book file (worker-serve.ts),
 * so its long transaction (an import: parse, check, plan and write 100,000 rows) never holds the
 * main thread's event loop. The caller keeps the main storage's one writer's turn meanwhile
 * (`FileStorage.hold`), so no other call of this process writes or reads in between; the main
 * thread only awaits the worker's one message. A refusal comes back as the same `AppError`; any
 * other failure as an error with the worker's name, message, stack and code (SQLITE_BUSY).
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/errors.ts';
import type { OpenOptions } from '../db/open.ts';

/** The book file as the main thread opened it (the worker opens it with the same options). */
export type WorkerBook = Required<OpenOptions> & { dbPath: string };

/** The call, with the instant the main thread's clock gave it when its turn came. */
export type WorkerCall = {
  channel: string;
  input: unknown;
  actorId: string | undefined;
  nowAt: string;
  defaultActorId: string;
};

export type WorkerJob = { book: WorkerBook; call: WorkerCall };

/** What a worker throws, as it crosses to the main thread. */
export type Thrown = {
  isAppError: boolean;
  name: string;
  message: string;
  code: string | undefined;
  field: string | undefined;
  stack: string | undefined;
};

/**
 * A small young generation: an import allocates row after row of short-lived objects, which
 * V8's default young generation lets pile up to tens of MB of resident memory before a sweep
 * (bench:import's history case, its rows not yet packed: peak RSS 382-393 MB by default,
 * 313-327 MB with 4 MB, 318 MB with 8 MB, at about the same speed; 4 and 8 differ by noise).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export type WorkerAnswer = { ok: true; data: unknown } | { ok: false; thrown: Thrown };

/** `file`: the worker's script (a source file under Node 24, or the shipped bundle's). */
export function runInWorker(file: string, job: WorkerJob): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: job, resourceLimits: WORKER_LIMITS });
    let isAnswered = false;
    worker.once('message', (answer: WorkerAnswer) => {
      isAnswered = true;
      if (answer.ok) resolve(answer.data);
      else reject(rebuilt(answer.thrown));
    });
    worker.once('error', (error: Error) => {
      isAnswered = true;
      reject(error);
    });
    worker.once('exit', (exitCode) => {
      if (!isAnswered) reject(new Error(`The worker stopped (exit ${exitCode}) without answering`));
    });
  });
}

function rebuilt(thrown: Thrown): Error {
  if (thrown.isAppError) {
    return new AppError(thrown.code as ErrorCode, thrown.message, thrown.field);
  }
  const error = Object.assign(new Error(thrown.message), { code: thrown.code });
  error.name = thrown.name;
  if (thrown.stack !== undefined) error.stack = thrown.stack;
  return error;
}

/** In the worker: what it threw, as plain data that crosses to the main thread. */
export function thrownOf(error: unknown): Thrown {
  if (error instanceof AppError) {
    const { code, message, field, name, stack } = error;
    return { isAppError: true, name, message, code, field, stack };
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  const code = (failure as { code?: unknown }).code;
  return {
    isAppError: false,
    name: failure.name,
    message: failure.message,
    code: typeof code === 'string' ? code : undefined,
    field: undefined,
    stack: failure.stack,
  };
}
