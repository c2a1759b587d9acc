/**
 * The measuring half of `npm run bench:statement`, in its own process: `statements.get` for one
 * customer and one quarter on the million-entry ledger file next to raw SELECTs; then, on a
 * working copy of the 10,000-entry fixture, `statements.get` and `statements.exportPdf` in this
 * process (how long the event loop is held) and the export alone in fresh processes (time, pages,
 * bytes, peak resident memory). Prints the table and hands headline figures to `npm run bench`.
 * Usage: statement-measure.ts '<StatementRequest as JSON>'
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Backend } from '../../electron/backend/index.ts';
import { addDays, startOfDate } from '../../shared/dates.ts';
import { buildEngineBundle, MIGRATIONS_FOLDER } from './bundle.ts';
import { runJsonChild } from './child.ts';
import { callTyped, openBackend, type Clock } from './engine.ts';
import { watchLoop } from './loop-gaps.ts';
import type { PdfJob, PdfResult } from './pdf-child.ts';
import { rawStatementReads } from './raw-reads.ts';
import * as report from './report.ts';
import { removeLedgerFiles } from './seed.ts';
import { FIXED_NOW } from './settings.ts';
import { sampleAsync, summarize, type Summary } from './stats.ts';
import { emitSummary } from './summary.ts';
import { statementHeadlines, statementRows, type Figures } from './statement-rows.ts';

export type Range = { customerId: string; from: string; to: string };

export type StatementRequest = {
  samples: number;
  ledger: { path: string; range: Range; entries: number } | null;
  pdf: { workPath: string; range: Range; entries: number } | null;
};

const PDF_CHILD = path.join(import.meta.dirname, 'pdf-child.ts');
const WARM_UP = 10;
const PDF_RUNS = 3;
const clock: Clock = { now: () => new Date(FIXED_NOW) };

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export type Timed = { engine: Summary; raw: Summary; entries: number };

async function timeGet(backend: Backend, file: string, range: Range, samples: number) {
  const get = () => callTyped(backend, 'statements.get', range);
  const statement = await get();
  await sampleAsync(WARM_UP, get);
  const engine = summarize(await sampleAsync(samples, get));
  const startAt = startOfDate(range.from, 'UTC').toISOString();
  const endAt = startOfDate(addDays(range.to, 1), 'UTC').toISOString();
  const raw = rawStatementReads(file, { customerId: range.customerId, startAt, endAt }, samples);
  return { engine, raw, entries: statement.entries.length };
}

async function onLedger(ledger: NonNullable<StatementRequest['ledger']>, samples: number) {
  const backend = openBackend(ledger.path, clock);
  try {
    return await timeGet(backend, ledger.path, ledger.range, samples);
  } finally {
    backend.close();
  }
}

function pdfPath(label: string): string {
  return path.join(os.tmpdir(), `balancebook-bench-${process.pid}-${label}.pdf`);
}

async function onFixture(pdf: NonNullable<StatementRequest['pdf']>) {
  const backend = openBackend(pdf.workPath, clock);
  try {
    const get = await timeGet(backend, pdf.workPath, pdf.range, 20);
    const exports = [];
    for (let run = 0; run <= PDF_RUNS; run += 1) {
      const target = pdfPath(`in-process-${run}`);
      const monitor = watchLoop();
      const started = performance.now();
      await callTyped(backend, 'statements.exportPdf', { ...pdf.range, path: target });
      const ms = performance.now() - started;
      const longestMs = monitor.stop().longestMs;
      fs.rmSync(target, { force: true });
      if (run > 0) exports.push({ ms, longestMs });
    }
    return {
      get,
      inProcess: summarize(exports.map((run) => run.ms)),
      longestMs: Math.max(...exports.map((run) => run.longestMs)),
    };
  } finally {
    backend.close();
  }
}

function freshExport(
  mode: 'engine' | 'engine-cjs' | 'engine-bundle',
  pdf: NonNullable<StatementRequest['pdf']>,
  bundle?: PdfJob['bundle'],
) {
  const job: PdfJob = {
    dbPath: pdf.workPath,
    ...pdf.range,
    outPath: pdfPath(mode),
    fixedNow: FIXED_NOW,
    ...(bundle ? { bundle } : {}),
  };
  try {
    return runJsonChild(PDF_CHILD, [mode, JSON.stringify(job)]) as PdfResult;
  } finally {
    fs.rmSync(job.outPath, { force: true });
  }
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '') as StatementRequest;
  const ledger = request.ledger ? await onLedger(request.ledger, request.samples) : null;
  let figures: Figures = { ledger, request, pdf: null };
  if (request.pdf) {
    const inProcess = await onFixture(request.pdf);
    const esm = freshExport('engine', request.pdf);
    const cjs = freshExport('engine-cjs', request.pdf);
    const bundle = { path: await buildEngineBundle(), migrationsFolder: MIGRATIONS_FOLDER };
    const bundled = freshExport('engine-bundle', request.pdf, bundle);
    removeLedgerFiles(request.pdf.workPath);
    figures = { ...figures, pdf: { ...inProcess, esm, cjs, bundled } };
  }
  const table = statementRows(figures);
  say();
  say(report.formatTable(table));
  const missed = table.filter((row) => row.result === 'FAIL').length;
  say();
  say(missed === 0 ? 'every target met' : `${missed} target(s) missed`);
  const skipped = [
    ...(ledger ? [] : ['statements.get on the 1,000,000-entry file']),
    ...(figures.pdf ? [] : ['the 10,000-entry statement PDF']),
  ];
  emitSummary({ script: 'statement', headlines: statementHeadlines(figures), skipped });
}

await main();
