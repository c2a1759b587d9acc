/**
 * Times `audit.verify` on a seeded book (default 100,000 entries over 1,000 customers): seeds
 * the file once into the data folder given (or a temporary one), then verifies it three times and
 * prints each run and the problems found. Usage: node bench/verify.ts [dataDir] [entries].
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend/index.ts';
import { runSeed, type SeedSpec } from './lib/seed.ts';
import { nowMs } from './lib/stats.ts';

const dataDir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'verify-bench-'));
const entries = Number(process.argv[3] ?? 100_000);
const spec: SeedSpec = {
  customers: Math.max(10, Math.round(entries / 100)),
  entries,
  seed: 7,
  fixedNow: '2026-06-30T12:00:00.000Z',
  batchSize: 5000,
};
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const file = path.join(dataDir, `verify-${entries}.sqlite`);
if (!fs.existsSync(file)) {
  const started = nowMs();
  await runSeed({
    path: file,
    spec,
    from: null,
    budgetMs: Infinity,
    onCheckpoint: () => undefined,
  });
  say(`seeded ${entries} entries in ${((nowMs() - started) / 1000).toFixed(1)} s`);
}
const backend = createBackend({
  dbPath: file,
  now: () => new Date(spec.fixedNow),
  timeZone: 'UTC',
});
for (let run = 1; run <= 3; run += 1) {
  const started = nowMs();
  const result = await backend.invoke('audit.verify', {});
  const elapsedMs = nowMs() - started;
  const data = result.ok
    ? (result.data as { ok: boolean; checked: number; problems: string[] })
    : null;
  say(
    `verify run ${run}: ${elapsedMs.toFixed(0)} ms, ok ${String(data?.ok)}, checked ${data?.checked}`,
  );
  if (data && data.problems.length > 0) say(data.problems.slice(0, 5).join('\n'));
}
backend.close();
