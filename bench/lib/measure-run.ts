/**
 * The measuring half of `npm run bench:ledger`, run in its own process once the seeded file is
 * ready, so the seeding's heap and caches do not colour the figures. Measures the engine through
 * `createBackend` and `invoke` next to raw better-sqlite3, then prints the table.
 * Usage: measure-run.ts '<MeasureRequest as JSON>'
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildEngineBundle, MIGRATIONS_FOLDER } from './bundle.ts';
import { runProbe, type ProbeMode } from './child.ts';
import type { Backend } from '../../electron/backend/index.ts';
import {
  engineWriter,
  measureOpens,
  measureReads,
  openBackend,
  type ChannelFigures,
  type Clock,
  WARM_UP_CALLS,
} from './engine.ts';
import { ledgerReplay, rehearse } from './ledger-replay.ts';
import { rawOpens, rawReads, rawWriter } from './raw.ts';
import { createRandom } from './random.ts';
import * as report from './report.ts';
import { removeLedgerFiles } from './seed.ts';
import { DATA_DIR, FIXED_NOW, SEED, TARGET } from './settings.ts';
import { nowMs } from './stats.ts';
import { ledgerHeadlines } from './ledger-headlines.ts';
import { emitSummary } from './summary.ts';

export type MeasureRequest = {
  seedPath: string;
  writes: number;
  samples: number;
  opens: number;
  /** How the file was seeded, for the table's first row. */
  seeding: { entries: number; elapsedMs: number; batch: number; when: string };
};

type Subjects = { all: string[]; busiest: string; busiestEntries: number };

const MB = 1024 * 1024;
const WRITE_ROUNDS = 3;
const clock: Clock = { now: () => new Date(FIXED_NOW) };

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

/** Every customer id in creation order, and the customer with the longest history. */
function subjects(dbPath: string): Subjects {
  const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const all = sqlite
      .prepare<[], { id: string }>('SELECT id FROM customers ORDER BY rowid')
      .all()
      .map((row) => row.id);
    const busiest = sqlite
      .prepare<[], { id: string; entries: number }>(
        'SELECT id, last_seq AS entries FROM customers ORDER BY last_seq DESC, rowid LIMIT 1',
      )
      .get();
    if (!busiest) throw new Error('the seeded file has no customers');
    return { all, busiest: busiest.id, busiestEntries: busiest.entries };
  } finally {
    sqlite.close();
  }
}

/** Splits `total` into `parts` even counts (top-ups and charges come in pairs). */
function roundSizes(total: number, parts: number): number[] {
  const base = Math.floor(total / parts / 2) * 2;
  return Array.from({ length: parts }, (_, index) =>
    index === parts - 1 ? total - base * (parts - 1) : base,
  );
}

function copyForWrites(seedPath: string): string {
  const copyPath = path.join(DATA_DIR, 'write-copy.sqlite');
  removeLedgerFiles(copyPath);
  const started = nowMs();
  fs.copyFileSync(seedPath, copyPath, fs.constants.COPYFILE_FICLONE);
  say(`writes go to a copy of the file, ${copyPath} (copied in ${report.ms(nowMs() - started)})`);
  return copyPath;
}

/**
 * Engine writes go to a copy, so the seeded file keeps exactly its entries for the next run. The
 * engine's rounds alternate with the single-row baseline's, and each engine call follows the raw
 * replay of its own statements (recorded in an untimed rehearsal), call by call, so all see the
 * same disk, whatever else the machine is doing.
 */
async function writeFigures(request: MeasureRequest, ids: string[]) {
  const rounds = roundSizes(request.writes, WRITE_ROUNDS);
  const script = async (backend: Backend) => {
    const writer = engineWriter(backend, ids, createRandom(SEED));
    await writer.warmUp();
    for (const count of rounds) await writer.round(count);
  };
  const calls = await rehearse(request.seedPath, (file) => openBackend(file, clock), script);
  const replay = ledgerReplay(request.seedPath, calls, WARM_UP_CALLS);
  const copyPath = copyForWrites(request.seedPath);
  const backend = openBackend(copyPath, clock);
  const raw = rawWriter(path.join(DATA_DIR, 'raw-baseline.sqlite'));
  try {
    const engine = engineWriter(backend, ids, createRandom(SEED));
    const rssBefore = rssMb();
    await engine.warmUp();
    for (const count of rounds) {
      raw.round(count);
      await engine.round(count, replay.next);
    }
    const figures = engine.figures();
    const kbPerCall = ((rssMb() - rssBefore) * 1024) / figures.calls;
    const rates = raw.roundRates().map(report.integer).join(', ');
    say(`raw commits/s in each of the ${WRITE_ROUNDS} rounds: ${rates}`);
    return { engine: figures, raw: raw.commitsPerSecond(), replay: replay.figures(), kbPerCall };
  } finally {
    raw.close();
    replay.close();
    backend.close();
    removeLedgerFiles(copyPath);
  }
}

async function readFigures(request: MeasureRequest, who: Subjects) {
  const backend = openBackend(request.seedPath, clock);
  try {
    const rssBefore = rssMb();
    const engine = await measureReads(backend, who.busiest, request.samples);
    const rssAfterMb = rssMb();
    const kbPerCall = ((rssAfterMb - rssBefore) * 1024) / engine.calls;
    const raw = rawReads(request.seedPath, who.busiest, request.samples);
    return { engine, raw, kbPerCall, rssAfterMb };
  } finally {
    backend.close();
  }
}

async function openFigures(request: MeasureRequest, who: Subjects) {
  const bundle = { path: await buildEngineBundle(), migrationsFolder: MIGRATIONS_FOLDER };
  const probe = (mode: ProbeMode) =>
    runProbe(mode, request.seedPath, who.busiest, FIXED_NOW, bundle);
  return {
    engine: measureOpens(request.seedPath, clock, request.opens),
    raw: rawOpens(request.seedPath, request.opens),
    engineChild: probe('engine'),
    engineCjsChild: probe('engine-cjs'),
    engineBundleChild: probe('engine-bundle'),
    rawChild: probe('raw'),
  };
}

function seedingRow(seeding: MeasureRequest['seeding']): report.Row {
  const rate = (seeding.entries * 1000) / seeding.elapsedMs;
  const took = `${(seeding.elapsedMs / 1000).toFixed(0)} s, ${seeding.when}`;
  return report.infoRow(
    `seeding via handlers (${report.integer(seeding.batch)} ops/tx)`,
    `${report.integer(rate)} entries/s (${took})`,
  );
}

export type Figures = {
  writes: Awaited<ReturnType<typeof writeFigures>>;
  reads: Awaited<ReturnType<typeof readFigures>>;
  opens: Awaited<ReturnType<typeof openFigures>>;
};

const mb = (value: number) => `${value.toFixed(1)} MB`;
const kb = (value: number) => `${value.toFixed(1)} KB`;

function writeRows(request: MeasureRequest, writes: Figures['writes']): report.Row[] {
  const { latency } = writes.engine;
  return [
    report.rateRow(
      `invoke writes, 1 per tx (n=${request.writes})`,
      writes.engine.commitsPerSecond,
      writes.raw,
      TARGET.writeShare,
    ),
    report.infoRow(
      '  latency of one write',
      `${report.ms(latency.median)} (p99 ${report.ms(latency.p99)})`,
    ),
    channelRow('  balance.topUp alone (n / summed latency)', writes.engine.topUp),
    replayRow('    vs raw replaying its statements', writes, 'topUp'),
    channelRow('  balance.charge alone', writes.engine.charge),
    replayRow('    vs raw replaying its statements', writes, 'charge'),
    bothRow(writes),
  ];
}

/**
 * Top-ups and charges as one stream of writes (as many of each): calls per second over their
 * summed latency, next to the replay's. Steadier than either channel alone, whose figure moves
 * with which of them the log's checkpoints happened to land on in this run.
 */
function bothRow(writes: Figures['writes']): report.Row {
  const together = (topUp: number, charge: number) => 2 / (1 / topUp + 1 / charge);
  const { topUp, charge } = writes.engine;
  const engineRate = together(topUp.callsPerSecond, charge.callsPerSecond);
  const replayRate = together(writes.replay.topUpPerSecond, writes.replay.chargePerSecond);
  return report.infoRow(
    '  both, vs raw replaying their statements',
    `${report.integer(engineRate)} calls/s`,
    `${report.integer(replayRate)} commits/s`,
    report.times(engineRate, replayRate),
  );
}

/** The engine's rate next to raw SQLite running the same statements: what SQLite alone costs. */
function replayRow(metric: string, writes: Figures['writes'], channel: 'topUp' | 'charge') {
  const replayRate =
    channel === 'topUp' ? writes.replay.topUpPerSecond : writes.replay.chargePerSecond;
  const engineRate = writes.engine[channel].callsPerSecond;
  const statements = writes.replay.statements[channel].toFixed(1);
  const medians = `${report.ms(writes.engine[channel].latency.median)} / ${report.ms(writes.replay.medianMs[channel])}`;
  return report.infoRow(
    metric,
    `${report.integer(engineRate)} calls/s`,
    `${report.integer(replayRate)} commits/s (${statements} stmts/call, ${report.times(replayRate, writes.raw)} single-row)`,
    `${report.times(engineRate, replayRate)} (medians ${medians})`,
  );
}

function channelRow(metric: string, figures: ChannelFigures): report.Row {
  const { latency } = figures;
  return report.infoRow(
    metric,
    `${report.integer(figures.callsPerSecond)} calls/s, ${report.ms(latency.median)} (p99 ${report.ms(latency.p99)})`,
  );
}

function readRows(request: MeasureRequest, reads: Figures['reads']): report.Row[] {
  const { engine, raw } = reads;
  return [
    report.latencyRow(
      `balance.get, warm (n=${request.samples})`,
      engine.balance,
      raw.balance,
      TARGET.balanceMs,
    ),
    report.latencyRow(
      'balance.history, first page of 50',
      engine.history,
      raw.history,
      TARGET.historyMs,
    ),
  ];
}

function openRows(request: MeasureRequest, opens: Figures['opens']): report.Row[] {
  const { engineChild: child, engineCjsChild: cjs, rawChild: raw } = opens;
  return [
    report.latencyRow(
      `open: createBackend (median of ${request.opens})`,
      opens.engine,
      opens.raw,
      TARGET.openMs,
    ),
    report.onceRow('open: first, in a fresh process', child.openMs, raw.openMs, TARGET.openMs),
    report.infoRow(
      '  loading the modules before it',
      `${report.ms(child.loadMs)} (${report.ms(cjs.loadMs)} with CJS drizzle)`,
      report.ms(raw.loadMs),
    ),
  ];
}

function memoryRows({ writes, reads, opens }: Figures): report.Row[] {
  const { engineChild: child, engineCjsChild: cjs, engineBundleChild: shipped } = opens;
  const raw = opens.rawChild;
  return [
    // Judged as the app ships the engine: one CommonJS bundle, dependencies loaded by require.
    report.memoryRow(
      'RSS, fresh process: open + balance.get (engine as shipped)',
      shipped.rssMb,
      raw.rssMb,
      TARGET.rssMb,
    ),
    report.infoRow(
      '  of which node itself / loading modules',
      `${mb(shipped.startMb)} / ${mb(shipped.loadedMb - shipped.startMb)}`,
      `${mb(raw.startMb)} / ${mb(raw.loadedMb - raw.startMb)}`,
    ),
    report.infoRow('  the same from the TypeScript sources (ES modules)', mb(child.rssMb)),
    report.infoRow('  the same from the sources, drizzle-orm as CommonJS', mb(cjs.rssMb)),
    report.infoRow(
      '  RSS growth per invoke: writes / reads',
      `${kb(writes.kbPerCall)} / ${kb(reads.kbPerCall)}`,
    ),
    report.infoRow('  RSS of the measuring process after the reads', mb(reads.rssAfterMb)),
  ];
}

function rows(request: MeasureRequest, figures: Figures): report.Row[] {
  return [
    seedingRow(request.seeding),
    ...writeRows(request, figures.writes),
    ...readRows(request, figures.reads),
    ...openRows(request, figures.opens),
    ...memoryRows(figures),
  ];
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '') as MeasureRequest;
  const who = subjects(request.seedPath);
  say(`measured customer ${who.busiest} (${report.integer(who.busiestEntries)} entries)`);
  const reads = await readFigures(request, who);
  const writes = await writeFigures(request, who.all);
  const opens = await openFigures(request, who);
  const table = rows(request, { writes, reads, opens });
  say();
  say(report.formatTable(table));
  const missed = table.filter((row) => row.result === 'FAIL').length;
  say();
  say(missed === 0 ? 'every target met' : `${missed} target(s) missed`);
  emitSummary({
    script: 'ledger',
    headlines: ledgerHeadlines({ writes, reads, opens }),
    skipped: [],
  });
}

await main();
