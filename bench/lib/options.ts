/**
 * Command-line options of `npm run bench:ledger`. The defaults are the issue's: a
 * 1,000,000-entry file over 1,000 customers, 3,000 timed writes, 1,000 samples per read.
 */
import { parseArgs } from 'node:util';

export type BenchOptions = {
  fresh: boolean;
  entries: number;
  customers: number;
  writes: number;
  samples: number;
  opens: number;
  /** Seeding time allowed in one run before it stops to be continued by the next run. */
  seedMinutes: number;
  /** Measure only if the seeded file is complete; never seed (also `BENCH_SKIP_SEED=1`). */
  skipSeed: boolean;
};

export const SKIP_SEED_ENV = 'BENCH_SKIP_SEED';

export function skipSeedAsked(flag: boolean): boolean {
  return flag || process.env[SKIP_SEED_ENV] === '1';
}

export const USAGE = `npm run bench:ledger -- [--fresh] [--entries=1000000] [--customers=1000]
  [--writes=3000] [--samples=1000] [--opens=7] [--seed-minutes=8 (0: no limit)] [--skip-seed]`;

export function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      fresh: { type: 'boolean', default: false },
      entries: { type: 'string', default: '1000000' },
      customers: { type: 'string', default: '1000' },
      writes: { type: 'string', default: '3000' },
      samples: { type: 'string', default: '1000' },
      opens: { type: 'string', default: '7' },
      'seed-minutes': { type: 'string', default: '8' },
      'skip-seed': { type: 'boolean', default: false },
    },
    strict: true,
  });
  return {
    fresh: values.fresh,
    entries: whole('entries', values.entries, 1),
    customers: whole('customers', values.customers, 1),
    writes: whole('writes', values.writes, 2),
    samples: whole('samples', values.samples, 1),
    opens: whole('opens', values.opens, 1),
    seedMinutes: minutes('seed-minutes', values['seed-minutes']),
    skipSeed: skipSeedAsked(values['skip-seed']),
  };
}

function whole(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`--${name} must be a whole number of at least ${min}\n${USAGE}`);
  }
  return value;
}

function minutes(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`--${name} must be a number of minutes, 0 or more\n${USAGE}`);
  }
  return value;
}
