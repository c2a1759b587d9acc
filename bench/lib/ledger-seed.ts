/**
 * The seeded 1,000,000-entry ledger file as the write benchmarks that only read it find it
 * (`npm run bench:ledger` builds it), and its customers, read raw.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readOptions } from './options.ts';
import { seedFiles } from './seed-file.ts';
import { DATA_DIR, FIXED_NOW, SEED, SEED_BATCH } from './settings.ts';

/** The path of the seeded file of the default size; an error when it was never built. */
export function existingLedgerSeed(): string {
  const { customers, entries } = readOptions([]);
  const spec = { customers, entries, seed: SEED, fixedNow: FIXED_NOW, batchSize: SEED_BATCH };
  const seed = seedFiles(DATA_DIR, spec).path;
  if (!fs.existsSync(seed)) throw new Error(`no ${seed}: run npm run bench:ledger first`);
  return seed;
}

/** Every customer id of `file`, in the order they were created. */
export function customerIds(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.prepare('SELECT id FROM customers ORDER BY rowid').all();
    return (rows as { id: string }[]).map((row) => row.id);
  } finally {
    sqlite.close();
  }
}
