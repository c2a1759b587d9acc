/**
 * `npm run bench:import`: a benchmark (never a test) of issue #14's "Speed" section. Two cases,
 * each in a child process of its own so its peak resident memory (maxRSS) is its own:
 * - history: 1,000 customers imported, then 100,000 past-balance rows for them in one commit;
 * - lots: 10,000 customers imported, then 10,000 opening lots (one each) in one commit.
 * Each commit goes through `invoke` of the engine bundled as the app ships it (so the resident
 * memory is the app's, not the sources' module loading), on a ledger file (WAL), timed from the
 * call to its answer, with a 1 ms timer beside it recording the longest hold of the main
 * thread's event loop (a timer, not a `setImmediate` spin, which would take a core from the
 * import's worker thread). The peak resident memory is the process's: the main thread's and
 * the import worker's thread's together (a thread has no memory of its own to the system). Next to it, in the same run, raw better-sqlite3 inserts the very rows the commit
 * wrote into the same tables, triggers on, in one transaction (lib/import-raw.ts). Targets: engine rows/s at least 0.3 x raw, peak RSS under 300 MB, the event loop
 * never held longer than 100 ms.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import type { Backend, createBackend as CreateBackend } from '../electron/backend/index.ts';
import type { ImportKind } from '../shared/contract/schemas/imports.ts';
import { rawReplay } from './lib/import-raw.ts';
import { watchLoop } from './lib/loop-gaps.ts';
import { sizeHeapAsHosts } from './lib/host-heap.ts';
import { describeMachine } from './lib/machine.ts';
import { nowMs, perSecond } from './lib/stats.ts';
import { emitSummary, type Headline } from './lib/summary.ts';

const MB = 1024 * 1024;
const RSS_CAP_MB = 300;
const LOOP_CAP_MS = 100;
const RAW_SHARE_TARGET = 0.3;
const FOLDER = path.join(os.tmpdir(), `balancebook-import-bench-${process.pid}`);

type CaseName = 'history' | 'lots';
/** The engine bundled as the app ships it (bench/lib/bundle.ts), loaded by each case's child. */
type Bundle = { path: string; migrationsFolder: string };
/** What a case's child is told: the bundle, and how many history rows (`--rows`, 100,000). */
type Job = { bundle: Bundle; historyRows: number; folder: string; files: CaseFiles };
/** A case's two files, written by the parent so their making is not in the child's memory. */
type CaseFiles = { customers: string; rows: string };
type Figures = {
  rows: number;
  commitMs: number;
  rowsPerSecond: number;
  longestHoldMs: number;
  /** The main thread's own CPU time in its longest hold (the rest of a hold is the machine). */
  longestBusyMs: number;
  holdsOver100: number;
  peakRssMb: number;
  rawRowsPerSecond: number;
};

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function day(index: number): string {
  const date = new Date(Date.UTC(2024, 0, 1) + (index % 700) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function customerLines(count: number): string[] {
  const lines = ['external_id,name,currency,email'];
  for (let index = 0; index < count; index += 1) {
    lines.push(`C-${index},Customer ${index},${index % 3 === 0 ? 'USD' : 'EUR'},c${index}@ex.test`);
  }
  return lines;
}

/** Mostly credits, every fourth a debit smaller than the credits before it. */
function historyLines(rows: number, customers: number): string[] {
  const lines = ['customer_external_id,currency,occurred_on,amount,description'];
  for (let index = 0; index < rows; index += 1) {
    const customer = index % customers;
    const isDebit = index % 4 === 3;
    const cents = isDebit ? 100 + (index % 50) : 1_000 + ((index * 7919) % 50_000);
    const amount = `${isDebit ? '-' : ''}${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const currency = customer % 3 === 0 ? 'USD' : 'EUR';
    lines.push(`C-${customer},${currency},${day(index)},${amount},Entry ${index}`);
  }
  return lines;
}

function lotLines(customers: number): string[] {
  const lines = ['customer_external_id,currency,amount,kind,expires_on,opened_on'];
  for (let index = 0; index < customers; index += 1) {
    const currency = index % 3 === 0 ? 'USD' : 'EUR';
    const kind = index % 5 === 0 ? 'promotional,2027-12-31' : 'paid,';
    lines.push(`C-${index},${currency},${100 + (index % 900)}.50,${kind},2026-01-01`);
  }
  return lines;
}

function writeFile(name: string, lines: string[]): string {
  const target = path.join(FOLDER, name);
  fs.writeFileSync(target, `${lines.join('\r\n')}\r\n`);
  return target;
}

async function commit(backend: Backend, file: string, kind: ImportKind): Promise<number> {
  const result = await backend.invoke('imports.commit', {
    path: file,
    kind,
    mapping: {},
    requestId: randomUUID(),
  });
  if (!result.ok) throw new Error(`imports.commit failed: ${JSON.stringify(result.error)}`);
  return result.data.rowCount;
}

type Engine = { createBackend: typeof CreateBackend };

function openEngine(engine: Engine, dbPath: string, bundle: Bundle): Backend {
  return engine.createBackend({
    dbPath,
    now: () => new Date('2026-03-01T09:00:00Z'),
    timeZone: 'UTC',
    migrationsFolder: bundle.migrationsFolder,
  });
}

/** In the child: one case, start to end, and the process's figures. */
async function measure(name: CaseName, job: Job): Promise<Figures> {
  const { bundle } = job;
  const engine = createRequire(import.meta.url)(bundle.path) as Engine;
  const dbPath = path.join(job.folder, `${name}.sqlite`);
  const beforePath = path.join(job.folder, `${name}-before.sqlite`);
  const first = openEngine(engine, dbPath, bundle);
  await commit(first, job.files.customers, 'customers');
  first.close();
  fs.copyFileSync(dbPath, beforePath);
  const file = job.files.rows;
  const kind: ImportKind = name === 'history' ? 'balance_history' : 'opening_lots';
  const backend = openEngine(engine, dbPath, bundle);
  const loop = watchLoop({ byTimer: true });
  const started = nowMs();
  const rows = await commit(backend, file, kind);
  const commitMs = nowMs() - started;
  // The checkpoint the store runs after the commit holds the loop too: a read queued after it
  // keeps the watch on until it has run.
  await backend.invoke('imports.list', {});
  const gaps = loop.stop();
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  backend.close();
  const raw = rawReplay({ beforeFile: beforePath, engineFile: dbPath });
  return {
    rows,
    commitMs,
    rowsPerSecond: perSecond(rows, commitMs),
    longestHoldMs: gaps.longestMs,
    longestBusyMs: gaps.longestBusyMs,
    holdsOver100: gaps.over(LOOP_CAP_MS),
    peakRssMb,
    rawRowsPerSecond: perSecond(raw.entries, raw.elapsedMs),
  };
}

function inChild(name: CaseName, job: Job): Figures {
  const args = [...process.execArgv, import.meta.filename, name, JSON.stringify(job)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * MB });
  if (child.status !== 0) throw new Error(`case ${name} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
}

function line(name: string, figures: Figures): string {
  const share = figures.rowsPerSecond / figures.rawRowsPerSecond;
  return [
    name.padEnd(8),
    String(figures.rows).padStart(7),
    (figures.commitMs / 1000).toFixed(1).padStart(9),
    figures.rowsPerSecond.toFixed(0).padStart(8),
    figures.rawRowsPerSecond.toFixed(0).padStart(8),
    `${share.toFixed(3)}x`.padStart(8),
    figures.peakRssMb.toFixed(0).padStart(8),
    figures.longestHoldMs.toFixed(0).padStart(9),
    figures.longestBusyMs.toFixed(0).padStart(8),
    String(figures.holdsOver100).padStart(9),
  ].join(' ');
}

function headline(name: CaseName, figures: Figures): Headline {
  const share = figures.rowsPerSecond / figures.rawRowsPerSecond;
  const isMet =
    share >= RAW_SHARE_TARGET &&
    figures.peakRssMb < RSS_CAP_MB &&
    figures.longestHoldMs <= LOOP_CAP_MS;
  return {
    key: name === 'history' ? 'importHistory' : 'importLots',
    metric: name === 'history' ? 'import 100,000 history rows' : 'import 10,000 opening lots',
    rate: figures.rowsPerSecond,
    unit: 'rows/s',
    detail: `peak RSS ${figures.peakRssMb.toFixed(0)} MB, loop held ${figures.longestHoldMs.toFixed(0)} ms`,
    rawRate: figures.rawRowsPerSecond,
    target: {
      text: `>= ${RAW_SHARE_TARGET}x raw, < ${RSS_CAP_MB} MB, <= ${LOOP_CAP_MS} ms`,
      met: isMet,
    },
  };
}

async function main(): Promise<void> {
  say('Balancebook import benchmark (a benchmark, not a test)');
  for (const text of describeMachine()) say(text);
  say();
  const widths = [7, 9, 8, 8, 8, 8, 9, 8, 9];
  const titles = ['rows', 'commit s', 'rows/s', 'raw/s', 'x raw', 'RSS MB', 'held ms', 'busy ms'];
  say(
    ['case'.padEnd(8), ...[...titles, 'holds>100'].map((t, i) => t.padStart(widths[i] ?? 8))].join(
      ' ',
    ),
  );
  const headlines: Headline[] = [];
  // Imported here, not at the top: the case's child must not load vite (its memory is measured).
  const { buildEngineBundle, MIGRATIONS_FOLDER } = await import('./lib/bundle.ts');
  const bundle = { path: await buildEngineBundle(), migrationsFolder: MIGRATIONS_FOLDER };
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
  const historyRows = Number(values.rows);
  fs.mkdirSync(FOLDER, { recursive: true });
  try {
    for (const name of ['history', 'lots'] as const) {
      const job: Job = { bundle, historyRows, folder: FOLDER, files: caseFiles(name, historyRows) };
      const figures = inChild(name, job);
      say(line(name, figures));
      headlines.push(headline(name, figures));
    }
  } finally {
    fs.rmSync(FOLDER, { recursive: true, force: true });
  }
  emitSummary({ script: 'import', headlines, skipped: [] });
}

/** In the parent: the case's customers file and its rows file. */
function caseFiles(name: CaseName, historyRows: number): CaseFiles {
  const customers = name === 'history' ? 1_000 : 10_000;
  return {
    customers: writeFile(`${name}-customers.csv`, customerLines(customers)),
    rows:
      name === 'history'
        ? writeFile('history.csv', historyLines(historyRows, customers))
        : writeFile('lots.csv', lotLines(customers)),
  };
}

sizeHeapAsHosts();
const [caseName, jobJson] = process.argv.slice(2);
if (caseName === 'history' || caseName === 'lots') {
  const figures = await measure(caseName, JSON.parse(jobJson ?? '{}') as Job);
  say(JSON.stringify(figures));
} else {
  await main();
}
