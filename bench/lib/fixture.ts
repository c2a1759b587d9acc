/**
 * Cached fixture files for the benchmarks other than the ledger's: a file built once through the
 * engine's handlers and kept in bench/.data/ with a record next to it, reused while its builder's
 * version, its parameters and the engine's migrations are unchanged. A build writes to a
 * `.building` file and renames it only when complete, so an interrupted build is never reused.
 * Each of these builds takes seconds to a couple of minutes; the million-entry ledger file has
 * its own resumable seeder (ensure-seed.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../../electron/backend/index.ts';
import type { Say } from './ensure-seed.ts';
import { ms } from './report.ts';
import { removeLedgerFiles } from './seed.ts';
import { migrationHashes } from './seed-file.ts';
import { nowMs } from './stats.ts';

export type FixtureParams = Record<string, number | string>;
/** What the builder wants remembered about the file: ids of the subjects to measure, counts. */
export type FixtureFacts = Record<string, number | string>;

export type FixtureMeta = {
  name: string;
  version: number;
  params: FixtureParams;
  migrations: string[];
  facts: FixtureFacts;
  buildMs: number;
  builtAt: string;
};

export type FixtureRequest = {
  dataDir: string;
  name: string;
  /** Bump when the builder changes what it writes. */
  version: number;
  params: FixtureParams;
  fresh: boolean;
  /** Never build: answer null when no usable file is there. */
  skipSeed: boolean;
  /** The instant the new file is created at (its settings row and admin user). */
  createdAt: string;
  build: (path: string, say: Say) => FixtureFacts | Promise<FixtureFacts>;
};

export type ReadyFixture = { path: string; meta: FixtureMeta; builtNow: boolean };

export async function ensureFixture(
  request: FixtureRequest,
  say: Say,
): Promise<ReadyFixture | null> {
  fs.mkdirSync(request.dataDir, { recursive: true });
  const file = path.join(request.dataDir, `${request.name}.sqlite`);
  const metaPath = path.join(request.dataDir, `${request.name}.meta.json`);
  say(`fixture      ${file}`);
  const meta = request.fresh ? null : readMeta(metaPath);
  const stale = meta ? staleness(meta, request, file) : 'no built file yet';
  if (meta && stale === null) {
    say(`             reusing it (built in ${ms(meta.buildMs)}; --fresh rebuilds it)`);
    return { path: file, meta, builtNow: false };
  }
  const reason = request.fresh ? '--fresh asked for a new file' : (stale ?? '');
  if (request.skipSeed) {
    say(`             skipped: ${reason}, and --skip-seed forbids building it`);
    return null;
  }
  say(`             building it: ${reason}`);
  return build(request, file, metaPath, say);
}

async function build(
  request: FixtureRequest,
  file: string,
  metaPath: string,
  say: Say,
): Promise<ReadyFixture> {
  fs.rmSync(metaPath, { force: true });
  const building = `${file}.building`;
  removeLedgerFiles(building);
  const started = nowMs();
  const createdAt = new Date(request.createdAt);
  createBackend({ dbPath: building, now: () => createdAt, timeZone: 'UTC' }).close();
  const facts = await request.build(building, say);
  checkpoint(building);
  removeLedgerFiles(file);
  fs.renameSync(building, file);
  removeLedgerFiles(building);
  const meta: FixtureMeta = {
    name: request.name,
    version: request.version,
    params: request.params,
    migrations: migrationHashes(),
    facts,
    buildMs: nowMs() - started,
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  say(`             built in ${ms(meta.buildMs)}`);
  return { path: file, meta, builtNow: true };
}

/** Folds the WAL into the main file, so the file alone is the whole database. */
function checkpoint(file: string): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

function staleness(meta: FixtureMeta, request: FixtureRequest, file: string): string | null {
  if (!fs.existsSync(file)) return 'the file is missing';
  if (meta.version !== request.version || !sameParams(meta.params, request.params)) {
    return 'it was built with other settings';
  }
  const migrations = migrationHashes();
  const same =
    migrations.length === meta.migrations.length &&
    migrations.every((hash, index) => meta.migrations[index] === hash);
  return same ? null : "the engine's migrations changed since it was built";
}

function sameParams(a: FixtureParams, b: FixtureParams): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

function readMeta(metaPath: string): FixtureMeta | null {
  try {
    return JSON.parse(fs.readFileSync(metaPath, 'utf8')) as FixtureMeta;
  } catch {
    return null;
  }
}

/** A working copy of a fixture for a run that changes it; `removeLedgerFiles` deletes it. */
export function workingCopy(fixture: ReadyFixture, dataDir: string, suffix: string): string {
  const copy = path.join(dataDir, `${fixture.meta.name}-${suffix}.sqlite`);
  removeLedgerFiles(copy);
  fs.copyFileSync(fixture.path, copy, fs.constants.COPYFILE_FICLONE);
  return copy;
}
