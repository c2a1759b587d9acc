/**
 * Command-line flags shared by the settlement, monthly and statement benchmarks: `--fresh`
 * rebuilds their fixture files, `--skip-seed` (or `BENCH_SKIP_SEED=1`) measures only what needs
 * no seeding or whose files are already built, `--samples` (where a script takes it) sets how
 * many timed reads.
 */
import { parseArgs } from 'node:util';
import { skipSeedAsked } from './options.ts';

export type BenchFlags = { fresh: boolean; skipSeed: boolean; samples: number };

/** `samples` is the default count of timed reads, or null for a script that takes none. */
export function readFlags(
  argv: readonly string[],
  script: string,
  samples: number | null,
): BenchFlags {
  const samplesUsage = samples === null ? '' : ` [--samples=${samples}]`;
  const usage = `npm run ${script} -- [--fresh] [--skip-seed]${samplesUsage}`;
  const { values } = parseArgs({
    args: [...argv],
    options: {
      fresh: { type: 'boolean', default: false },
      'skip-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      ...(samples === null ? {} : { samples: { type: 'string', default: String(samples) } }),
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const count = Number(values.samples ?? 0);
  if (samples !== null && (!Number.isSafeInteger(count) || count < 1)) {
    throw new Error(`--samples must be a whole number of at least 1\n${usage}`);
  }
  return { fresh: values.fresh, skipSeed: skipSeedAsked(values['skip-seed']), samples: count };
}
