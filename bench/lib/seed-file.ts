/**
 * The seeded ledger file and its progress record (a JSON file next to it). Decides whether the
 * file on disk can be reused as it is, continued where an earlier run stopped, or must be built
 * again: it must have been built with the same settings, hold exactly as many entries as its
 * record says were committed, and have had migrations the engine still has (newer ones are then
 * applied by opening it, as the application would).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../electron/backend/db/open.ts';
import type { SeedCheckpoint, SeedSpec } from './seed.ts';

/** Bump when the seeder's mix changes, so old files are rebuilt. */
export const SEED_FORMAT = 1;

export type SeedMeta = {
  format: number;
  spec: SeedSpec;
  migrations: string[];
  checkpoint: SeedCheckpoint;
  complete: boolean;
  updatedAt: string;
};

export type SeedFiles = { path: string; metaPath: string };

export type SeedDecision =
  | { action: 'reuse' | 'resume'; meta: SeedMeta; migrate: boolean }
  | { action: 'build'; reason: string };

export function seedFiles(dataDir: string, spec: SeedSpec): SeedFiles {
  const base = `${dataDir}/ledger-${spec.entries}x${spec.customers}`;
  return { path: `${base}.sqlite`, metaPath: `${base}.meta.json` };
}

export function migrationHashes(): string[] {
  return readMigrationFiles({ migrationsFolder: DEFAULT_MIGRATIONS_FOLDER }).map((m) => m.hash);
}

export function decideSeed(files: SeedFiles, spec: SeedSpec, fresh: boolean): SeedDecision {
  if (fresh) return { action: 'build', reason: '--fresh asked for a new file' };
  const meta = readMeta(files.metaPath);
  if (!meta || !fs.existsSync(files.path)) return { action: 'build', reason: 'no seeded file yet' };
  if (meta.format !== SEED_FORMAT || !sameSpec(meta.spec, spec)) {
    return { action: 'build', reason: 'the file was seeded with other settings' };
  }
  const migrations = migrationHashes();
  if (!startsWith(migrations, meta.migrations)) {
    return { action: 'build', reason: "the engine's migrations were edited since it was seeded" };
  }
  const entries = countEntries(files.path);
  if (entries !== meta.checkpoint.done) {
    const found = `${entries} entries where ${meta.checkpoint.done} were recorded`;
    return { action: 'build', reason: `the file holds ${found}` };
  }
  const migrate = migrations.length > meta.migrations.length;
  return { action: meta.complete ? 'reuse' : 'resume', meta, migrate };
}

/** Whether `all` begins with every hash of `prefix`, in order. */
function startsWith(all: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= all.length && prefix.every((hash, index) => all[index] === hash);
}

export function writeMeta(files: SeedFiles, spec: SeedSpec, checkpoint: SeedCheckpoint): void {
  const meta: SeedMeta = {
    format: SEED_FORMAT,
    spec,
    migrations: migrationHashes(),
    checkpoint,
    complete: checkpoint.done >= spec.entries,
    updatedAt: new Date().toISOString(),
  };
  const temporary = `${files.metaPath}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(meta, null, 2)}\n`);
  fs.renameSync(temporary, files.metaPath);
}

export function removeMeta(files: SeedFiles): void {
  fs.rmSync(files.metaPath, { force: true });
}

function readMeta(metaPath: string): SeedMeta | null {
  try {
    return JSON.parse(fs.readFileSync(metaPath, 'utf8')) as SeedMeta;
  } catch {
    return null;
  }
}

function sameSpec(a: SeedSpec, b: SeedSpec): boolean {
  return (
    a.customers === b.customers &&
    a.entries === b.entries &&
    a.seed === b.seed &&
    a.fixedNow === b.fixedNow &&
    a.batchSize === b.batchSize
  );
}

function countEntries(path: string): number {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare('SELECT COUNT(*) AS n FROM ledger_entries').get() as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}
