/**
 * Where a write's time goes: top-up and charge pairs through `invoke` on a copy of the seeded
 * 1,000,000-entry ledger (`npm run bench:ledger` builds it), timing every better-sqlite3 call
 * the engine makes (statements, BEGIN, COMMIT, checkpoints) apart from the rest, which is the
 * engine's own JavaScript. The share of SQLite is the best the engine can reach against raw
 * better-sqlite3 replaying its statements. `--dir=/dev/shm` puts the copy in memory, so the
 * disk's syncs drop out and only CPU is left (process CPU time is printed too, steadier than
 * wall time on a busy machine). A benchmark, not a test.
 * Usage: npm run bench:write-split -- [--writes=3000] [--dir=<folder for the copy>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { engineWriter, openBackend } from './lib/engine.ts';
import { sizeHeapAsHosts } from './lib/host-heap.ts';
import { customerIds, existingLedgerSeed } from './lib/ledger-seed.ts';
import { describeMachine } from './lib/machine.ts';
import { createRandom } from './lib/random.ts';
import { removeLedgerFiles } from './lib/seed.ts';
import { DATA_DIR, FIXED_NOW, SEED } from './lib/settings.ts';
import { nowMs } from './lib/stats.ts';

type Timed = { ms: number; calls: number };
type Method = (this: unknown, ...args: unknown[]) => unknown;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Times every call of `names` on `prototype` into `spent`, under a label; returns the undo. */
function timeMethods(
  prototype: Record<string, Method>,
  names: readonly string[],
  label: (self: unknown, args: unknown[]) => string,
  spent: Map<string, Timed>,
): () => void {
  const originals = names.map((name) => [name, prototype[name]] as const);
  for (const [name, original] of originals) {
    if (!original) continue;
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      const started = nowMs();
      try {
        return original.apply(this, args);
      } finally {
        const key = label(this, args);
        const timed = spent.get(key) ?? { ms: 0, calls: 0 };
        timed.ms += nowMs() - started;
        timed.calls += 1;
        spent.set(key, timed);
      }
    };
  }
  return () => {
    for (const [name, original] of originals) if (original) prototype[name] = original;
  };
}

async function main(): Promise<void> {
  sizeHeapAsHosts();
  const { values } = parseArgs({
    options: { writes: { type: 'string', default: '3000' }, dir: { type: 'string' } },
  });
  const writes = Math.max(2, Math.floor(Number(values.writes) / 2) * 2);
  const seed = existingLedgerSeed();
  for (const line of describeMachine()) say(line);
  const copy = path.join(values.dir ?? DATA_DIR, 'write-split.sqlite');
  removeLedgerFiles(copy);
  fs.copyFileSync(seed, copy);
  say(`writes go to ${copy}`);
  const probe = new Database(':memory:');
  const statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as never;
  const databasePrototype = Object.getPrototypeOf(probe) as never;
  probe.close();
  const spent = new Map<string, Timed>();
  const backend = openBackend(copy, { now: () => new Date(FIXED_NOW) });
  try {
    const writer = engineWriter(backend, customerIds(copy), createRandom(SEED));
    await writer.warmUp();
    const source = (self: unknown) => (self as { source: string }).source.slice(0, 70);
    const undo = [
      timeMethods(statementPrototype, ['run', 'get', 'all'], source, spent),
      timeMethods(databasePrototype, ['exec'], (_, args) => String(args[0]).slice(0, 70), spent),
    ];
    const cpuBefore = process.cpuUsage();
    const started = nowMs();
    await writer.round(writes);
    const wallMs = nowMs() - started;
    const cpu = process.cpuUsage(cpuBefore);
    for (const restore of undo) restore();
    printSplit(spent, writes, wallMs, (cpu.user + cpu.system) / 1000);
  } finally {
    backend.close();
    removeLedgerFiles(copy);
  }
}

function printSplit(spent: Map<string, Timed>, calls: number, wallMs: number, cpuMs: number) {
  const sqliteMs = [...spent.values()].reduce((total, timed) => total + timed.ms, 0);
  const perCall = (ms: number) => `${((1000 * ms) / calls).toFixed(0).padStart(5)} us`;
  say(`${calls} calls (top-up, charge, ...), per call:`);
  say(`  wall time            ${perCall(wallMs)}`);
  say(`  in better-sqlite3    ${perCall(sqliteMs)}  (${((100 * sqliteMs) / wallMs).toFixed(0)}%)`);
  say(`  engine JavaScript    ${perCall(wallMs - sqliteMs)}`);
  say(`  process CPU          ${perCall(cpuMs)}`);
  say('dearest better-sqlite3 calls, per engine call:');
  const dearest = [...spent].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  for (const [key, timed] of dearest) say(`  ${perCall(timed.ms)}  x${timed.calls}  ${key}`);
}

await main();
