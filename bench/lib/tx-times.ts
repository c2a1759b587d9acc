/**
 * Measures, from outside the engine, the wall-clock time of each SQLite transaction: from its
 * BEGIN to the return of its COMMIT (or ROLLBACK), the commit's sync to the log included, by
 * wrapping better-sqlite3's `exec`, through which the store begins and ends every transaction
 * (storage/sqlite-storage.ts), and the process's CPU time over the same span: a transaction whose
 * wall-clock time is far above its CPU time waited (the disk's sync, or another process on the
 * machine), one near it computed. Checkpoints between transactions are timed apart. The engine's
 * code is untouched; `stop` puts better-sqlite3's own `exec` back.
 */
import Database from 'better-sqlite3';
import { nowMs, summarize, type Summary } from './stats.ts';

/** One transaction: its wall-clock time, of it its COMMIT's (the sync to the log), and CPU. */
export type Timed = { ms: number; commitMs: number; cpuMs: number };

export type TransactionTimes = {
  transactions: Summary;
  /** The same transactions' CPU times. */
  cpu: Summary;
  /** The `count` longest, longest first. */
  longest: (count: number) => Timed[];
  /** How many transactions took longer than `thresholdMs`. */
  over: (thresholdMs: number) => number;
  /** The checkpoints run between transactions (none inside one). */
  checkpoints: Summary;
};

type Exec = (this: Database.Database, source: string) => Database.Database;

const BEGIN = /^\s*BEGIN\b/i;
const END = /^\s*(COMMIT|END|ROLLBACK)\b/i;
const CHECKPOINT = /^\s*PRAGMA\s+wal_checkpoint\b/i;

export function timeTransactions(): { stop: () => TransactionTimes } {
  const prototype = Database.prototype as unknown as { exec: Exec };
  const original = prototype.exec;
  const transactions: Timed[] = [];
  const checkpoints: number[] = [];
  const begun = new Map<Database.Database, { at: number; cpu: NodeJS.CpuUsage }>();
  prototype.exec = function (this: Database.Database, source: string) {
    const started = nowMs();
    const result = original.call(this, source);
    const ended = nowMs();
    if (BEGIN.test(source)) begun.set(this, { at: started, cpu: process.cpuUsage() });
    const first = begun.get(this);
    if (END.test(source) && first !== undefined) {
      const cpu = process.cpuUsage(first.cpu);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      transactions.push({ ms: ended - first.at, commitMs: ended - started, cpuMs });
      begun.delete(this);
    }
    if (CHECKPOINT.test(source)) checkpoints.push(ended - started);
    return result;
  };
  return {
    stop: () => {
      prototype.exec = original;
      const ranked = [...transactions].sort((a, b) => b.ms - a.ms);
      return {
        transactions: summarize(transactions.map((timed) => timed.ms)),
        cpu: summarize(transactions.map((timed) => timed.cpuMs)),
        longest: (count) => ranked.slice(0, count),
        over: (thresholdMs) => transactions.filter((timed) => timed.ms > thresholdMs).length,
        checkpoints: summarize(checkpoints),
      };
    },
  };
}
