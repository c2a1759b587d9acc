/**
 * The baselines: raw better-sqlite3 doing the nearest equivalent of each engine figure, on the
 * same machine in the same run. A single-row INSERT committed on its own (WAL, synchronous FULL)
 * into a fresh file with a ledger-like row; prepared SELECTs on the seeded file; a bare open.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { removeLedgerFiles } from './seed.ts';
import { nowMs, perSecond, sampleSync, summarize, type Summary } from './stats.ts';

const WARM_UP = 100;
const HASH = 'f'.repeat(64);

const RAW_TABLE = `CREATE TABLE entries (
  id TEXT PRIMARY KEY NOT NULL, customer_id TEXT NOT NULL, seq INTEGER NOT NULL,
  type TEXT NOT NULL, amount_minor INTEGER NOT NULL, balance_after_minor INTEGER NOT NULL,
  occurred_at TEXT NOT NULL, actor_id TEXT NOT NULL, description TEXT,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`;

export function openRawWritable(path: string): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  return sqlite;
}

export type RawWriter = {
  /** `count` more timed single-row INSERTs, each committed on its own. */
  round(count: number): void;
  /** Commits per second of each round so far. */
  roundRates(): number[];
  commitsPerSecond(): number;
  close(): void;
};

/** The write baseline on a new file at `path` (removed again by `close`). */
export function rawWriter(path: string): RawWriter {
  removeLedgerFiles(path);
  const sqlite = openRawWritable(path);
  sqlite.exec(RAW_TABLE);
  const insert = sqlite.prepare(
    `INSERT INTO entries VALUES (?, 'cus_1', ?, 'charge', -2000, 1000, ?, 'admin', 'Bench', ?, ?)`,
  );
  let seq = 0;
  const row = () => {
    seq += 1;
    insert.run(`ent_${randomUUID()}`, seq, new Date().toISOString(), HASH, HASH);
  };
  sampleSync(WARM_UP, row);
  const rounds: { count: number; elapsedMs: number }[] = [];
  return {
    round: (count) => {
      const started = nowMs();
      for (let index = 0; index < count; index += 1) row();
      rounds.push({ count, elapsedMs: nowMs() - started });
    },
    roundRates: () => rounds.map((round) => perSecond(round.count, round.elapsedMs)),
    commitsPerSecond: () =>
      perSecond(
        rounds.reduce((total, round) => total + round.count, 0),
        rounds.reduce((total, round) => total + round.elapsedMs, 0),
      ),
    close: () => {
      sqlite.close();
      removeLedgerFiles(path);
    },
  };
}

export type RawReads = { balance: Summary; history: Summary };

export function rawReads(path: string, customerId: string, samples: number): RawReads {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const balance = sqlite.prepare('SELECT balance_minor FROM customers WHERE id = ?');
    const history = sqlite.prepare(
      'SELECT * FROM ledger_entries WHERE customer_id = ? ORDER BY seq DESC LIMIT 50',
    );
    return {
      balance: timed(samples, () => balance.get(customerId)),
      history: timed(samples, () => history.all(customerId)),
    };
  } finally {
    sqlite.close();
  }
}

/** Opening the file bare: `new Database` and a query that reads the schema; close not timed. */
export function rawOpens(path: string, times: number): Summary {
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = nowMs();
    const sqlite = new Database(path, { fileMustExist: true });
    sqlite.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    samples.push(nowMs() - started);
    sqlite.close();
  }
  return summarize(samples);
}

/** `count` timed runs of `work` after a warm-up. */
export function timed(count: number, work: () => unknown): Summary {
  sampleSync(WARM_UP, work);
  return summarize(sampleSync(count, work));
}
