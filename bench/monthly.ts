/**
 * `npm run bench:monthly`: a benchmark (never a test) of the scheduled monthly pass. A cached
 * fixture of 10,000 customers in mixed billing modes with May and June behind them (see
 * lib/monthly-fixture.ts) is copied, and a second process runs `jobs.runDue` at 00:30 on July 1
 * through `invoke`: the time of the pass, the counts it returns, each transaction's wall-clock
 * time (BEGIN to the end of COMMIT: the longest, median and p99) and CPU time, and the longest
 * time the event loop was held.
 */
import path from 'node:path';
import { runScript } from './lib/child.ts';
import { workingCopy } from './lib/fixture.ts';
import { readFlags } from './lib/flags.ts';
import { describeMachine } from './lib/machine.ts';
import { ensureMonthlyFixture } from './lib/monthly-fixture.ts';
import type { MonthlyRequest } from './lib/monthly-measure.ts';
import { DATA_DIR } from './lib/settings.ts';
import { emitSummary } from './lib/summary.ts';

const MEASURE = path.join(import.meta.dirname, 'lib', 'monthly-measure.ts');

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2), 'bench:monthly', null);
  say('Balancebook monthly pass benchmark (a benchmark, not a test)');
  for (const line of describeMachine()) say(line);
  const fixture = await ensureMonthlyFixture(flags, say);
  if (!fixture) {
    emitSummary({ script: 'monthly', headlines: [], skipped: ['the monthly pass (no fixture)'] });
    return;
  }
  const request: MonthlyRequest = {
    workPath: workingCopy(fixture, DATA_DIR, 'work'),
    facts: fixture.meta.facts,
    buildMs: fixture.meta.buildMs,
  };
  say(`the pass runs on a copy, ${request.workPath}`);
  process.exitCode = runScript(MEASURE, [JSON.stringify(request)]);
}

await main();
