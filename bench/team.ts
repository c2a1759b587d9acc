/**
 * `npm run bench:team`: a benchmark (never a test) of a team on one server book (issue #19), on a
 * throwaway local PostgreSQL cluster as the tests start one (skipped, with the reason printed, when
 * PostgreSQL's server binaries are not installed). (a) The ledger, settlement and statement
 * operations through `invoke` on a new local file and on a new server book in the same run, with
 * PostgreSQL's median next to SQLite's. (b) Clients x operations on shared customers of one
 * server book, each client its own process: throughput, p50/p99, and the book's checks.
 * `--clients N --operations N --customers N` size part (b) (8 x 500 on 50 by default).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createBackend } from '../electron/backend/index.ts';
import { findPostgresBin, startCluster, type Cluster } from '../tests/support/postgres-cluster.ts';
import { describeMachine } from './lib/machine.ts';
import { formatTable, ms, times } from './lib/report.ts';
import { emitSummary } from './lib/summary.ts';
import { runLoad, type LoadSizes } from './lib/team-load.ts';
import { measureStore, STORE_OPERATIONS, STORE_SIZES } from './lib/team-stores.ts';

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function readSizes(argv: string[]): LoadSizes {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string', default: '8' },
      operations: { type: 'string', default: '500' },
      customers: { type: 'string', default: '50' },
    },
  });
  return {
    clients: Number(values.clients),
    operations: Number(values.operations),
    customers: Number(values.customers),
  };
}

async function newDatabase(cluster: Cluster, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

async function storesPart(cluster: Cluster): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-bench-team-'));
  const options = { now: () => new Date('2026-03-02T10:00:00Z'), timeZone: 'Europe/Brussels' };
  try {
    const file = createBackend({ ...options, dbPath: path.join(dir, 'book.sqlite') });
    const sqlite = await measureStore(file, STORE_SIZES);
    file.close();
    const server = createBackend({ ...options, databaseUrl: await newDatabase(cluster, 'stores') });
    const postgres = await measureStore(server, STORE_SIZES);
    server.close();
    const rows = STORE_OPERATIONS.map((name) => ({
      metric: `${name} (${sqlite[name].count} calls)`,
      value: `${ms(postgres[name].median)} p99 ${ms(postgres[name].p99)}`,
      target: '-',
      result: '' as const,
      raw: `${ms(sqlite[name].median)} p99 ${ms(sqlite[name].p99)}`,
      ratio: times(1 / postgres[name].median, 1 / sqlite[name].median),
    }));
    say('(a) the same calls on a local file and on a local server book, median per call');
    say(formatTable(rows, { value: 'PostgreSQL', raw: 'SQLite', ratio: 'speed vs SQLite' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function loadPart(cluster: Cluster, sizes: LoadSizes): Promise<boolean> {
  const figures = await runLoad(await newDatabase(cluster, 'team'), sizes);
  const rate = (figures.acknowledged / figures.wallMs) * 1000;
  say(
    `\n(b) ${sizes.clients} clients x ${sizes.operations} mixed operations on ${sizes.customers} shared customers, one server book`,
  );
  say(
    `throughput   ${rate.toFixed(0)} acknowledged operations/s (${figures.acknowledged} in ${ms(figures.wallMs)}; ${figures.refused} refused by a rule, e.g. no credit)`,
  );
  say(
    `latency      p50 ${ms(figures.latency.median)}, p99 ${ms(figures.latency.p99)}, max ${ms(figures.latency.max)}`,
  );
  const reads = figures.readLatency;
  say(
    `reads        balance.get p50 ${ms(reads.median)}, p99 ${ms(reads.p99)}, max ${ms(reads.max)}`,
  );
  for (const check of figures.checks)
    say(`${check.ok ? 'ok  ' : 'FAIL'}         ${check.name}: ${check.detail}`);
  return figures.checks.every((check) => check.ok);
}

async function main(): Promise<void> {
  const sizes = readSizes(process.argv.slice(2));
  say('Balancebook team benchmark: a server book on PostgreSQL (a benchmark, not a test)');
  for (const line of describeMachine()) say(line);
  if (findPostgresBin() === null) {
    say('skipped: PostgreSQL server binaries are not installed (apt-get install postgresql)');
    emitSummary({ script: 'team', headlines: [], skipped: ['PostgreSQL is not installed'] });
    return;
  }
  const cluster = await startCluster();
  try {
    await storesPart(cluster);
    const isSound = await loadPart(cluster, sizes);
    emitSummary({ script: 'team', headlines: [], skipped: [] });
    if (!isSound) process.exitCode = 1;
  } finally {
    cluster.stop();
  }
}

await main();
