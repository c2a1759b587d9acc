/**
 * A second raw baseline for multi-row writes: raw better-sqlite3 running exactly the statements
 * the engine ran for each call, with the same parameters, one transaction per call, on a copy of
 * the file as it was before the engine's calls. Capture happens in an untimed rehearsal on yet
 * another copy, by wrapping better-sqlite3's statement methods (the engine's code is untouched);
 * the wrapping is removed before anything is timed. What the replay leaves out is the engine's
 * own JavaScript: validation, query building, hashing, shaping results.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend/index.ts';
import { walCheckpoint } from '../../electron/backend/storage/wal-checkpoint.ts';
import { removeLedgerFiles } from './seed.ts';

type Method = 'run' | 'get' | 'all';
export type Executed = { source: string; method: Method; args: unknown[] };
/** The statements of one call, in order. */
export type CallLog = Executed[];

type StatementMethod = (this: Database.Statement, ...args: unknown[]) => unknown;
type StatementPrototype = Record<Method, StatementMethod>;

const METHODS: readonly Method[] = ['run', 'get', 'all'];
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/**
 * Wraps `backend` so each call (`invoke` or `invokeUnknown`) also records the statements it ran. Call `stop` before
 * timing anything: it puts better-sqlite3's own methods back.
 */
export function capturing(backend: Backend): {
  backend: Backend;
  calls: CallLog[];
  stop: () => void;
} {
  const probe = new Database(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as StatementPrototype;
  probe.close();
  const originals = new Map(METHODS.map((method) => [method, prototype[method]]));
  let current: CallLog = [];
  for (const method of METHODS) {
    const original = originals.get(method);
    if (!original) continue;
    prototype[method] = function (this: Database.Statement, ...args: unknown[]) {
      // better-sqlite3 runs a transaction's own BEGIN and COMMIT as statements too.
      if (!TRANSACTION_CONTROL.test(this.source))
        current.push({ source: this.source, method, args });
      return original.apply(this, args);
    };
  }
  const calls: CallLog[] = [];
  const recorded = async <T>(call: () => Promise<T>): Promise<T> => {
    current = [];
    const result = await call();
    calls.push(current);
    return result;
  };
  const wrapped: Backend = {
    invoke: (channel, input, ctx) => recorded(() => backend.invoke(channel, input, ctx)),
    invokeUnknown: (channel, input, ctx) =>
      recorded(() => backend.invokeUnknown(channel, input, ctx)),
    close: () => {
      backend.close();
    },
  };
  const stop = () => {
    for (const [method, original] of originals) prototype[method] = original;
  };
  return { backend: wrapped, calls, stop };
}

/** A copy of `file` beside it, named with `label`, for a run that must not change the file. */
export function copyOf(file: string, label: string): string {
  const copy = file.replace(/\.sqlite$/, `-${label}.sqlite`);
  removeLedgerFiles(copy);
  fs.copyFileSync(file, copy, fs.constants.COPYFILE_FICLONE);
  return copy;
}

export type Replayer = {
  /**
   * Replays the next `count` calls, each in one immediate transaction. The log is checkpointed
   * as the engine's store does it (storage/wal-checkpoint.ts): not inside the commit that fills
   * it, but before the next call, which waits for it as the engine's next call does. Left to
   * SQLite, the checkpoint would land on the call before the one the engine charges it to (a
   * top-up instead of a charge, or the reverse): 20 ms or more on one channel, then missing on
   * the other, in a total of a few hundred milliseconds per channel.
   */
  replay: (count: number) => void;
  close: () => void;
};

/** Replays `calls` in order on `path` (a copy of the file as it was before them). */
export function replayer(path: string, calls: readonly CallLog[]): Replayer {
  const sqlite = new Database(path, { fileMustExist: true });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  const checkpoint = walCheckpoint(sqlite);
  let checkpointDue = false;
  const statements = new Map<string, Database.Statement>();
  const prepared = (source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      statements.set(source, statement);
    }
    return statement;
  };
  const replayOne = sqlite.transaction((log: CallLog) => {
    for (const { source, method, args } of log) {
      const statement = prepared(source);
      if (method === 'run') statement.run(...args);
      else if (method === 'get') statement.get(...args);
      else statement.all(...args);
    }
  });
  let next = 0;
  return {
    replay: (count) => {
      for (let index = 0; index < count; index += 1) {
        const log = calls[next];
        if (!log) throw new Error(`no captured call ${next}`);
        next += 1;
        if (checkpointDue) checkpoint?.run();
        replayOne.immediate(log);
        checkpointDue = checkpoint?.isDue() ?? false;
      }
    },
    close: () => {
      checkpoint?.close();
      sqlite.close();
      removeLedgerFiles(path);
    },
  };
}
