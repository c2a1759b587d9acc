/**
 * Makes sure the seeded ledger file is there and complete: reuses it, continues it, or builds it,
 * printing where it is, why, and progress. Seeding stops after the run's time budget and writes
 * its progress record, so a later run continues it; this returns null while it is incomplete
 * (and at once, without seeding, when asked to skip seeding).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend/index.ts';
import { integer, ms } from './report.ts';
import {
  decideSeed,
  removeMeta,
  seedFiles,
  writeMeta,
  type SeedFiles,
  type SeedMeta,
} from './seed-file.ts';
import { runSeed, type SeedCheckpoint, type SeedSpec } from './seed.ts';
import { nowMs } from './stats.ts';

export type Say = (line: string) => void;

export type SeedRequest = {
  dataDir: string;
  spec: SeedSpec;
  fresh: boolean;
  /** Seeding time allowed in this run; 0 means no limit. */
  budgetMinutes: number;
  /** Never seed: answer null unless the file is complete. */
  skipSeed?: boolean;
};

export type ReadySeed = { path: string; meta: SeedMeta; seededNow: boolean };

const PROGRESS_STEP = 0.05;

function rssMb(): string {
  return (process.memoryUsage().rss / (1024 * 1024)).toFixed(0);
}

export async function ensureSeed(request: SeedRequest, say: Say): Promise<ReadySeed | null> {
  fs.mkdirSync(request.dataDir, { recursive: true });
  const files = seedFiles(request.dataDir, request.spec);
  const decision = decideSeed(files, request.spec, request.fresh);
  say(`ledger file  ${files.path}`);
  if (request.skipSeed && decision.action !== 'reuse') {
    say(`             skipped: it is not complete, and --skip-seed forbids seeding it`);
    return null;
  }
  if (decision.action === 'build') {
    say(`             building it: ${decision.reason}`);
    removeMeta(files);
    return seed(request, files, null, say);
  }
  if (decision.migrate) migrateForward(files, request.spec, decision.meta, say);
  const { checkpoint } = decision.meta;
  if (decision.action === 'resume') {
    say(`             continuing the seeding at entry ${integer(checkpoint.done)}`);
    return seed(request, files, checkpoint, say);
  }
  say(`             reusing it (${integer(checkpoint.done)} entries; --fresh rebuilds it)`);
  return { path: files.path, meta: decision.meta, seededNow: false };
}

async function seed(
  request: SeedRequest,
  files: SeedFiles,
  from: SeedCheckpoint | null,
  say: Say,
): Promise<ReadySeed | null> {
  const { spec } = request;
  const save = (checkpoint: SeedCheckpoint) => {
    writeMeta(files, spec, checkpoint);
  };
  const last = await runSeed({
    path: files.path,
    spec,
    from,
    budgetMs: request.budgetMinutes === 0 ? Infinity : request.budgetMinutes * 60_000,
    onCheckpoint: progressReporter(spec, from, save, say),
  });
  if (last.done < spec.entries) {
    say(
      `seeding paused at ${integer(last.done)} of ${integer(spec.entries)} entries (time budget)`,
    );
    say('run `npm run bench:ledger` again to continue it; nothing was measured this time');
    return null;
  }
  const done = decideSeed(files, spec, false);
  if (done.action !== 'reuse') throw new Error('the seeded file does not match its record');
  return { path: files.path, meta: done.meta, seededNow: true };
}

/** Opens the file once through the engine, which applies its newer migrations. */
function migrateForward(files: SeedFiles, spec: SeedSpec, meta: SeedMeta, say: Say): void {
  const started = nowMs();
  const clock = () => new Date(spec.fixedNow);
  createBackend({ dbPath: files.path, now: clock, timeZone: 'UTC' }).close();
  removeCopiesAside(files.path);
  writeMeta(files, spec, meta.checkpoint);
  say(`             applied the engine's newer migrations to it (${ms(nowMs() - started)})`);
}

/** The engine keeps a copy of a file before migrating it; the benchmark has no use for it. */
function removeCopiesAside(dbPath: string): void {
  const directory = path.dirname(dbPath);
  const prefix = `${path.basename(dbPath)}.before-migration-`;
  for (const name of fs.readdirSync(directory)) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(directory, name), { force: true });
  }
}

function progressReporter(
  spec: SeedSpec,
  from: SeedCheckpoint | null,
  save: (checkpoint: SeedCheckpoint) => void,
  say: Say,
): (checkpoint: SeedCheckpoint) => void {
  const step = Math.max(1, Math.round(spec.entries * PROGRESS_STEP));
  let nextReport = (from?.done ?? 0) + step;
  const startedDone = from?.done ?? 0;
  const startedMs = from?.elapsedMs ?? 0;
  return (checkpoint) => {
    save(checkpoint);
    if (checkpoint.done < nextReport && checkpoint.done < spec.entries) return;
    nextReport = checkpoint.done + step;
    const rate = ((checkpoint.done - startedDone) * 1000) / (checkpoint.elapsedMs - startedMs);
    const etaSeconds = (spec.entries - checkpoint.done) / rate;
    const percent = ((100 * checkpoint.done) / spec.entries).toFixed(0).padStart(3);
    say(
      `  seeded ${percent}%  ${integer(checkpoint.done).padStart(9)} entries  ` +
        `${integer(rate)} entries/s  ${etaSeconds.toFixed(0)} s to go  rss ${rssMb()} MB`,
    );
  };
}
