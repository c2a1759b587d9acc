/**
 * What one commit costs on this disk by how many b-trees it writes: raw better-sqlite3, WAL and
 * synchronous FULL, each commit inserting one row into each of k tables whose keys are random
 * (so each insert lands on its own page, as a ledger entry, its indexes, a grant, an audit event
 * and a request record do). It prices the pages a balance operation must write, engine aside:
 * a top-up writes 19 pages, a charge 22 (WAL frames per commit on the 1M-entry file), a
 * single-row commit 2.
 * Usage: npm run bench:commit-cost -- [--commits=2000]
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { describeMachine } from './lib/machine.ts';
import * as report from './lib/report.ts';
import { DATA_DIR } from './lib/settings.ts';
import { nowMs, perSecond } from './lib/stats.ts';

const TABLE_COUNTS = [1, 2, 4, 8, 12, 16, 20];
const ROWS_BEFORE = 20_000;
const ROUNDS = 3;
const PAYLOAD = 'x'.repeat(100);

type Subject = { count: number; commit: () => void; close: () => void; ms: number; done: number };

function subject(dir: string, count: number): Subject {
  const file = path.join(dir, `tables-${count}.sqlite`);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  const inserts = Array.from({ length: count }, (_, index) => {
    sqlite.exec(`CREATE TABLE t${index} (id TEXT PRIMARY KEY, body TEXT, n INTEGER) WITHOUT ROWID`);
    return sqlite.prepare(`INSERT INTO t${index} VALUES (?, ?, ?)`);
  });
  const insertAll = (n: number) => {
    for (const insert of inserts) insert.run(randomUUID(), PAYLOAD, n);
  };
  sqlite.transaction(() => {
    for (let n = 0; n < ROWS_BEFORE; n += 1) insertAll(n);
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const commit = sqlite.transaction(() => {
    insertAll(0);
  });
  return {
    count,
    commit: () => {
      commit.immediate();
    },
    close: () => {
      sqlite.close();
    },
    ms: 0,
    done: 0,
  };
}

function main(): void {
  const { values } = parseArgs({ options: { commits: { type: 'string', default: '2000' } } });
  const commits = Number(values.commits);
  const dir = fs.mkdtempSync(
    path.join(fs.existsSync(DATA_DIR) ? DATA_DIR : os.tmpdir(), 'commit-'),
  );
  const subjects = TABLE_COUNTS.map((count) => subject(dir, count));
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const each of subjects) {
        const started = nowMs();
        for (let n = 0; n < Math.ceil(commits / ROUNDS); n += 1) each.commit();
        each.ms += nowMs() - started;
        each.done += Math.ceil(commits / ROUNDS);
      }
    }
    const single = perSecond(subjects[0]?.done ?? 0, subjects[0]?.ms ?? 1);
    process.stdout.write(`Cost of a commit by b-trees written (a benchmark, not a test)\n`);
    for (const line of describeMachine()) process.stdout.write(`${line}\n`);
    process.stdout.write('\n');
    const rows = subjects.map((each) => {
      const rate = perSecond(each.done, each.ms);
      return report.infoRow(
        `${each.count} table(s), one row each, 1 commit`,
        `${report.integer(rate)} commits/s (${report.ms(each.ms / each.done)})`,
        report.integer(single),
        report.times(rate, single),
      );
    });
    const header = { raw: '1 table', ratio: 'k tables / 1' };
    process.stdout.write(`${report.formatTable(rows, header)}\n`);
  } finally {
    for (const each of subjects) each.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
