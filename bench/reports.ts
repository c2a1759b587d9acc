/**
 * `npm run bench:reports`: a benchmark (never a test) of the accountant's reports on the
 * 1,000,000-entry ledger file of `npm run bench:ledger` (never seeded here: without it the script
 * says so and stops). The file is copied once and the copy kept (the engine adds its newer
 * migrations to the copy, never to the shared file; `--fresh` copies it again). Credit owed and
 * aged receivables as at the last month's end, activity and the journal for that month, and the
 * dashboard (its twelve month ends of credit owed the heaviest part): each
 * through the engine's `invoke`, next to raw better-sqlite3 running the very statements the
 * channel's repos run (bench/lib/report-queries.ts) on the same copy in the same run. Target:
 * each under 500 ms and within 3 x of raw.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ChannelName } from '../shared/contract/channels.ts';
import { JOURNAL_ACCOUNTS } from '../shared/contract/report-types.ts';
import { call, openBackend } from './lib/engine.ts';
import { sizeHeapAsHosts } from './lib/host-heap.ts';
import { describeMachine } from './lib/machine.ts';
import { reportStatements, type Statement } from './lib/report-queries.ts';
import { formatTable, ms, times, type Row } from './lib/report.ts';
import { removeLedgerFiles } from './lib/seed.ts';
import { DATA_DIR, FIXED_NOW } from './lib/settings.ts';
import { nowMs, summarize, type Summary } from './lib/stats.ts';
import { emitSummary, perMedian, type Headline } from './lib/summary.ts';

const SOURCE = path.join(DATA_DIR, 'ledger-1000000x1000.sqlite');
const COPY = path.join(DATA_DIR, 'ledger-1000000x1000-reports.sqlite');
/**
 * Each side is warmed up with a few calls, then timed over more calls than it warms up with: the
 * engine's JavaScript is compiled on its first calls and its garbage collected now and then, and
 * on a shared machine a median of five was one unlucky pause away from a different figure.
 */
const WARM_UP_CALLS = 3;
const SAMPLES = 11;
const TARGET_MS = 500;
const TARGET_TIMES = 3;
/** The seeded year ends on 2026-07-01: as at the end of June, and June as the period. */
const DATES = { asOf: '2026-06-30', from: '2026-06-01', to: '2026-06-30', today: '2026-07-01' };

type Measured = { name: string; channel: ChannelName; input: object; statements: Statement[] };

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function engineTimes(measured: readonly Measured[]): Promise<Map<string, Summary>> {
  const backend = openBackend(COPY, { now: () => new Date(FIXED_NOW) });
  const accounts = Object.fromEntries(JOURNAL_ACCOUNTS.map((key) => [key, `Account ${key}`]));
  await call(backend, 'settings.update', {
    journalAccounts: accounts,
    requestId: 'bench-accounts',
  });
  const figures = new Map<string, Summary>();
  for (const item of measured) {
    for (let run = 0; run < WARM_UP_CALLS; run += 1) await call(backend, item.channel, item.input);
    const samples: number[] = [];
    for (let run = 0; run < SAMPLES; run += 1) {
      const started = nowMs();
      await call(backend, item.channel, item.input);
      samples.push(nowMs() - started);
    }
    figures.set(item.name, summarize(samples));
  }
  backend.close();
  return figures;
}

function rawTimes(measured: readonly Measured[]): Map<string, Summary> {
  const sqlite = new Database(COPY, { readonly: true, fileMustExist: true });
  const figures = new Map<string, Summary>();
  for (const item of measured) {
    const prepared = item.statements.map((statement) => ({
      query: sqlite.prepare(statement.text),
      params: statement.params,
    }));
    const run = () => {
      for (const { query, params } of prepared) query.all(...params);
    };
    for (let index = 0; index < WARM_UP_CALLS; index += 1) run();
    const samples: number[] = [];
    for (let index = 0; index < SAMPLES; index += 1) {
      const started = nowMs();
      run();
      samples.push(nowMs() - started);
    }
    figures.set(item.name, summarize(samples));
  }
  sqlite.close();
  return figures;
}

/** The copy is kept between runs (migrating it takes minutes); `--fresh` makes it again. */
function ensureCopy(): void {
  if (fs.existsSync(COPY) && !process.argv.includes('--fresh')) return;
  removeLedgerFiles(COPY);
  fs.copyFileSync(SOURCE, COPY, fs.constants.COPYFILE_FICLONE);
}

async function main(): Promise<void> {
  sizeHeapAsHosts();
  say('Balancebook reports benchmark (a benchmark, not a test)');
  for (const line of describeMachine()) say(line);
  if (!fs.existsSync(SOURCE)) {
    say(`No ${SOURCE}: run npm run bench:ledger first (this script never seeds).`);
    emitSummary({ script: 'reports', headlines: [], skipped: ['reports (no ledger file)'] });
    return;
  }
  ensureCopy();
  const statements = await reportStatements(DATES);
  const measured: Measured[] = [
    {
      name: 'creditOwed',
      channel: 'reports.creditOwed',
      input: { asOf: DATES.asOf },
      statements: statements.creditOwed,
    },
    {
      name: 'agedReceivables',
      channel: 'reports.agedReceivables',
      input: { asOf: DATES.asOf },
      statements: statements.agedReceivables,
    },
    {
      name: 'activity',
      channel: 'reports.activity',
      input: { from: DATES.from, to: DATES.to },
      statements: statements.activity,
    },
    {
      name: 'journal',
      channel: 'reports.journal',
      input: { from: DATES.from, to: DATES.to },
      statements: statements.journal,
    },
    {
      name: 'dashboard',
      channel: 'reports.dashboard',
      input: {},
      statements: statements.dashboard,
    },
  ];
  const engine = await engineTimes(measured);
  const raw = rawTimes(measured);
  const rows: Row[] = [];
  const headlines: Headline[] = [];
  for (const item of measured) {
    const e = engine.get(item.name);
    const r = raw.get(item.name);
    if (!e || !r) continue;
    const met = e.median < TARGET_MS && e.median <= r.median * TARGET_TIMES;
    rows.push({
      metric: `reports.${item.name} (median of ${SAMPLES})`,
      value: ms(e.median),
      target: `< ${TARGET_MS} ms, <= ${TARGET_TIMES} x raw`,
      raw: ms(r.median),
      ratio: times(e.median, r.median),
      result: met ? 'pass' : 'FAIL',
    });
    headlines.push({
      key: 'reports',
      metric: `reports.${item.name}`,
      rate: perMedian(e.median),
      unit: 'reports/s',
      detail: `median ${ms(e.median)}`,
      rawRate: perMedian(r.median),
      target: { text: `< ${TARGET_MS} ms, <= ${TARGET_TIMES} x raw`, met },
    });
  }
  say(formatTable(rows));
  emitSummary({ script: 'reports', headlines, skipped: [] });
}

await main();
