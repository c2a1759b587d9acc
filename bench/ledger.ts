/**
 * `npm run bench:ledger`: a benchmark (never a test) of the engine on a realistic ledger file of
 * 1,000,000 balance entries over 1,000 customers, built through the engine's own handlers and
 * kept in bench/.data/ (reused while it matches; `--fresh` rebuilds). A second process then
 * measures writes through `invoke` (one call, one transaction, WAL and synchronous FULL), a warm
 * `balance.get`, the first page of `balance.history`, opening the file and resident memory, each
 * next to raw better-sqlite3 doing the nearest equivalent on the same machine in the same run,
 * and prints one table with the targets and pass or fail.
 */
import path from 'node:path';
import { runScript } from './lib/child.ts';
import { ensureSeed, type ReadySeed } from './lib/ensure-seed.ts';
import { describeMachine } from './lib/machine.ts';
import type { MeasureRequest } from './lib/measure-run.ts';
import { readOptions, type BenchOptions } from './lib/options.ts';
import type { SeedSpec } from './lib/seed.ts';
import { emitSummary } from './lib/summary.ts';
import { DATA_DIR, FIXED_NOW, SEED, SEED_BATCH } from './lib/settings.ts';

const MEASURE_RUN = path.join(import.meta.dirname, 'lib', 'measure-run.ts');

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function measureRequest(seed: ReadySeed, options: BenchOptions): MeasureRequest {
  const { checkpoint, updatedAt } = seed.meta;
  return {
    seedPath: seed.path,
    writes: options.writes,
    samples: options.samples,
    opens: options.opens,
    seeding: {
      entries: checkpoint.done,
      elapsedMs: checkpoint.elapsedMs,
      batch: SEED_BATCH,
      when: seed.seededNow ? 'this run' : `finished ${updatedAt.slice(0, 16).replace('T', ' ')}Z`,
    },
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  say('Balancebook ledger benchmark (a benchmark, not a test)');
  for (const line of describeMachine()) say(line);
  const spec: SeedSpec = {
    customers: options.customers,
    entries: options.entries,
    seed: SEED,
    fixedNow: FIXED_NOW,
    batchSize: SEED_BATCH,
  };
  const seed = await ensureSeed(
    {
      dataDir: DATA_DIR,
      spec,
      fresh: options.fresh,
      budgetMinutes: options.seedMinutes,
      skipSeed: options.skipSeed,
    },
    say,
  );
  if (!seed) {
    emitSummary({ script: 'ledger', headlines: [], skipped: ['the 1,000,000-entry ledger file'] });
    process.exitCode = options.skipSeed ? 0 : 2;
    return;
  }
  process.exitCode = runScript(MEASURE_RUN, [JSON.stringify(measureRequest(seed, options))]);
}

await main();
