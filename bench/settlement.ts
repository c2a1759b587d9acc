/**
 * `npm run bench:settlement`: a benchmark (never a test) of issuing invoices with settlement from
 * the balance. Setup, through the engine's handlers: 10,000 customers (and 100 for warm-up), each
 * with a draft invoice and a paid top-up that covers it in full for half of them and in part for
 * the other half. A second process then issues every draft through `invoke` (one call, one
 * transaction), pays every invoice left open with `payments.record`, and reads invoices on a
 * cached file of 100,000 invoices (`invoices.list` first page, `invoices.get`), each next to raw
 * better-sqlite3 in the same run, and prints one table with targets and pass or fail.
 */
import path from 'node:path';
import { runScript } from './lib/child.ts';
import { readFlags } from './lib/flags.ts';
import { ensureInvoiceFixture } from './lib/invoice-fixture.ts';
import { describeMachine } from './lib/machine.ts';
import { ms } from './lib/report.ts';
import { DATA_DIR } from './lib/settings.ts';
import type { SettlementRequest } from './lib/settlement-measure.ts';
import { buildDrafts } from './lib/settlement-setup.ts';
import { nowMs } from './lib/stats.ts';

const MEASURE = path.join(import.meta.dirname, 'lib', 'settlement-measure.ts');
const CUSTOMERS = 10_000;
const WARM_UP = 100;
const ROUNDS = 5;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2), 'bench:settlement', 1000);
  say('Balancebook settlement benchmark (a benchmark, not a test)');
  for (const line of describeMachine()) say(line);
  const invoices = await ensureInvoiceFixture(flags, say);
  const draftsPath = path.join(DATA_DIR, 'settlement-drafts.sqlite');
  say(`drafts       ${draftsPath} (built fresh for this run, removed after it)`);
  const started = nowMs();
  await buildDrafts({ path: draftsPath, customers: CUSTOMERS, warmUp: WARM_UP, seed: 30_000 });
  const setupMs = nowMs() - started;
  say(`             built in ${ms(setupMs)}`);
  const request: SettlementRequest = {
    draftsPath,
    setupMs,
    rounds: ROUNDS,
    samples: flags.samples,
    invoices: invoices && {
      path: invoices.path,
      listCustomerId: String(invoices.meta.facts.listCustomerId),
      count: Number(invoices.meta.facts.invoices),
    },
  };
  process.exitCode = runScript(MEASURE, [JSON.stringify(request)]);
}

await main();
