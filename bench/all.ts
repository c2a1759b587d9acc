/**
 * `npm run bench`: runs every benchmark script in turn, each in a child process of its own (so
 * memory figures stay separate), shows their tables as they run, then prints one combined table
 * of headline figures and writes it to bench/results.md (overwritten, in Prettier's style).
 * `--skip-seed` (or `BENCH_SKIP_SEED=1`) measures only what needs no seeding or whose files are
 * already built.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { describeMachine } from './lib/machine.ts';
import { SKIP_SEED_ENV, skipSeedAsked } from './lib/options.ts';
import { formatTable, ms } from './lib/report.ts';
import { nowMs } from './lib/stats.ts';
import {
  HEADLINE_KEYS,
  SUMMARY_ENV,
  headlineRow,
  readSummary,
  type Headline,
  type SummaryLine,
} from './lib/summary.ts';

const SCRIPTS = [
  'ledger',
  'settlement',
  'monthly',
  'statement',
  'import',
  'reports',
  'month-end',
  'team',
] as const;
const RESULTS = path.join(import.meta.dirname, 'results.md');

type Run = { script: string; code: number; ms: number; loadBefore: string; loadAfter: string };

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function load(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function runAll(summaryFile: string, skipSeed: boolean): Run[] {
  const flags = process.execArgv.filter((flag) => flag.startsWith('--disable-warning'));
  const env = {
    ...process.env,
    [SUMMARY_ENV]: summaryFile,
    ...(skipSeed ? { [SKIP_SEED_ENV]: '1' } : {}),
  };
  return SCRIPTS.map((script) => {
    say(`\n=== npm run bench:${script} ===`);
    const loadBefore = load();
    const started = nowMs();
    const file = path.join(import.meta.dirname, `${script}.ts`);
    const result = spawnSync(process.execPath, [...flags, file], { stdio: 'inherit', env });
    if (result.error) throw result.error;
    return {
      script,
      code: result.status ?? 1,
      ms: nowMs() - started,
      loadBefore,
      loadAfter: load(),
    };
  });
}

function ordered(lines: readonly SummaryLine[]): Headline[] {
  const all = lines.flatMap((line) => line.headlines);
  const rank = (headline: Headline) => HEADLINE_KEYS.indexOf(headline.key);
  return all.sort((a, b) => rank(a) - rank(b));
}

function markdown(
  table: string,
  machine: readonly string[],
  runs: readonly Run[],
  skipped: readonly string[],
): string {
  const runLines = runs.map(
    (run) =>
      `| bench:${run.script} | ${ms(run.ms)} | ${run.code} | ${run.loadBefore} | ${run.loadAfter} |`,
  );
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` at ${new Date().toISOString()}; overwritten by every run.`,
    'Benchmarks, not tests: other work on the machine skews the figures (see the load averages).',
    '',
    'Each row is a rate: engine operations per second (for a read, 1000 / its median in ms; for',
    'a single run, its size / its time), next to raw better-sqlite3 doing the same inserts or',
    'reads in the same run where a raw equivalent exists. The ratio is engine / raw (below 1 is',
    'slower than raw). Writes are compared with raw single-row commits (WAL, synchronous FULL);',
    'invoice issue and payments also with raw better-sqlite3 replaying the very statements the',
    'engine ran for each call, one transaction per call ("same stmts").',
    '',
    '```text',
    ...machine,
    '```',
    '',
    '```text',
    table,
    '```',
    '',
    ...(skipped.length > 0 ? ['Skipped: ' + skipped.join('; ') + '.', ''] : []),
    '| script | took | exit code | load before (1, 5, 15 min) | load after |',
    '| --- | --- | --- | --- | --- |',
    ...runLines,
    '',
  ].join('\n');
}

/** In the repository's own Prettier style, so `npm run lint` accepts the written file. */
async function formatted(text: string): Promise<string> {
  const options = await prettier.resolveConfig(RESULTS);
  return prettier.format(text, { ...options, filepath: RESULTS });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { 'skip-seed': { type: 'boolean', default: false } },
    strict: true,
  });
  const skipSeed = skipSeedAsked(values['skip-seed']);
  const machine = describeMachine();
  const summaryFile = path.join(os.tmpdir(), `balancebook-bench-${process.pid}.jsonl`);
  fs.rmSync(summaryFile, { force: true });
  const runs = runAll(summaryFile, skipSeed);
  const lines = readSummary(summaryFile);
  fs.rmSync(summaryFile, { force: true });
  const table = formatTable(ordered(lines).map(headlineRow));
  const skipped = lines.flatMap((line) => line.skipped);
  say('\n=== combined (also in bench/results.md) ===');
  say(table);
  for (const run of runs) {
    say(
      `bench:${run.script}: ${ms(run.ms)}, exit ${run.code}, load ${run.loadBefore} -> ${run.loadAfter}`,
    );
  }
  if (skipped.length > 0) say(`skipped: ${skipped.join('; ')}`);
  fs.writeFileSync(RESULTS, await formatted(markdown(table, machine, runs, skipped)));
  process.exitCode = runs.some((run) => run.code !== 0) ? 1 : 0;
}

await main();
