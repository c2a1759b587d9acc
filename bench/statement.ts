/**
 * `npm run bench:statement`: a benchmark (never a test) of statements. On the 1,000,000-entry
 * ledger file of `npm run bench:ledger` (seeded here if missing, within a time budget, and
 * continued by the next run): `statements.get` for the busiest customer and the last quarter of
 * the seeded year, next to raw better-sqlite3. On a cached file with one customer of 10,000
 * entries in one quarter: `statements.exportPdf` (time, pages, bytes, peak resident memory of a
 * fresh process doing only that export), measured in a second process.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { runScript } from './lib/child.ts';
import { ensureSeed, type ReadySeed } from './lib/ensure-seed.ts';
import { workingCopy } from './lib/fixture.ts';
import { readFlags, type BenchFlags } from './lib/flags.ts';
import { describeMachine } from './lib/machine.ts';
import { readOptions } from './lib/options.ts';
import { DATA_DIR, FIXED_NOW, SEED, SEED_BATCH } from './lib/settings.ts';
import { STATEMENT_FIXTURE, ensureStatementFixture } from './lib/statement-fixture.ts';
import type { StatementRequest } from './lib/statement-measure.ts';

const MEASURE = path.join(import.meta.dirname, 'lib', 'statement-measure.ts');
/** The last full quarter of the seeded year, which ends at FIXED_NOW. */
const QUARTER = { from: '2026-04-01', to: '2026-06-30' };
/** Seeding time this script may spend on the ledger file before measuring the rest. */
const SEED_MINUTES = 7;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function ledgerPart(flags: BenchFlags): Promise<StatementRequest['ledger']> {
  const defaults = readOptions([]);
  const seed = await ensureSeed(
    {
      dataDir: DATA_DIR,
      spec: {
        customers: defaults.customers,
        entries: defaults.entries,
        seed: SEED,
        fixedNow: FIXED_NOW,
        batchSize: SEED_BATCH,
      },
      fresh: false,
      budgetMinutes: SEED_MINUTES,
      skipSeed: flags.skipSeed,
    },
    say,
  );
  if (!seed) return null;
  const busiest = busiestCustomer(seed);
  return {
    path: seed.path,
    range: { customerId: busiest.id, ...QUARTER },
    entries: busiest.entries,
  };
}

function busiestCustomer(seed: ReadySeed): { id: string; entries: number } {
  const sqlite = new Database(seed.path, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite
      .prepare<[], { id: string; entries: number }>(
        'SELECT id, last_seq AS entries FROM customers ORDER BY last_seq DESC, rowid LIMIT 1',
      )
      .get();
    if (!row) throw new Error('the seeded file has no customers');
    return row;
  } finally {
    sqlite.close();
  }
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2), 'bench:statement', 200);
  say('Balancebook statement benchmark (a benchmark, not a test)');
  for (const line of describeMachine()) say(line);
  const ledger = await ledgerPart(flags);
  const fixture = await ensureStatementFixture(flags, say);
  const pdf: StatementRequest['pdf'] = fixture && {
    workPath: workingCopy(fixture, DATA_DIR, 'work'),
    range: {
      customerId: String(fixture.meta.facts.customerId),
      from: STATEMENT_FIXTURE.from,
      to: STATEMENT_FIXTURE.to,
    },
    entries: Number(fixture.meta.facts.entries),
  };
  const request: StatementRequest = { samples: flags.samples, ledger, pdf };
  process.exitCode = runScript(MEASURE, [JSON.stringify(request)]);
}

await main();
