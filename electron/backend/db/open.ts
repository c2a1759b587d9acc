/**
 * Opens a ledger file: pragmas, then pending migrations in one transaction with foreign keys off
 * (drizzle-kit may rebuild a table, and a cascading drop must not take child rows with it), then
 * a foreign-key check before anything else may run. A file migrated by newer code is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { dateInZone, systemTimeZone } from '../../../shared/dates.ts';
import { foldText } from '../../../shared/text-fold.ts';
import * as schema from './schema.ts';
import { withStatementCache } from './statement-cache.ts';
import { expectedTriggers, type TriggerDefinitions } from './triggers.ts';

export type Db = BetterSQLite3Database<typeof schema>;
export type Connection = {
  sqlite: Database.Database;
  db: Db;
  /** The append-only and integrity triggers the file must hold, as its migrations define them. */
  triggers: TriggerDefinitions;
};

export const BUSY_TIMEOUT_MS = 5000;
export const DEFAULT_MIGRATIONS_FOLDER = path.join(import.meta.dirname, 'migrations');

/** `timeZone`: the book's business zone, for migrations that date rows (the system's if unset). */
export type OpenOptions = { migrationsFolder: string; busyTimeoutMs?: number; timeZone?: string };

/** `options` may be just the migrations folder. */
export function openDatabase(dbPath: string, opened: OpenOptions | string): Connection {
  const options = typeof opened === 'string' ? { migrationsFolder: opened } : opened;
  const { migrationsFolder } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const sqlite = new Database(dbPath, { timeout: busyTimeoutMs });
  try {
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    if (dbPath !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    // A migration refills the customers' name keys with it (0011).
    sqlite.function('fold_text', { deterministic: true }, (text: unknown) =>
      foldText(String(text)),
    );
    // A migration dates the entries it finds on their business day with it (0014).
    const timeZone = options.timeZone ?? systemTimeZone();
    sqlite.function('business_date', { deterministic: true }, (at: unknown) =>
      dateInZone(new Date(String(at)), timeZone),
    );
    migrateForward(sqlite, dbPath, migrationsFolder);
    sqlite.pragma('foreign_keys = ON');
    const cached = withStatementCache(sqlite);
    const db = drizzle(cached, { schema });
    const triggers = expectedTriggers(migrationsFolder);
    return { sqlite: cached, db, triggers };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function migrateForward(sqlite: Database.Database, dbPath: string, migrationsFolder: string): void {
  const migrations = readMigrationFiles({ migrationsFolder });
  const newestKnown = Math.max(...migrations.map((migration) => migration.folderMillis));
  const applied = newestApplied(sqlite);
  if (applied !== null && applied > newestKnown) {
    throw new Error('This ledger file was written by a newer version of Balancebook.');
  }
  const pending = migrations.filter(
    (migration) => applied === null || migration.folderMillis > applied,
  );
  if (pending.length === 0) return;
  if (applied !== null && dbPath !== ':memory:')
    copyAside(sqlite, `${dbPath}.before-migration-${applied}`);
  sqlite.pragma('foreign_keys = OFF');
  const apply = sqlite.transaction(() => {
    sqlite.exec(MIGRATIONS_TABLE);
    for (const migration of pending) {
      for (const statement of migration.sql) sqlite.exec(statement);
      sqlite
        .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
        .run(migration.hash, migration.folderMillis);
    }
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`Migration would leave ${broken.length} broken references; nothing changed.`);
    }
  });
  apply.immediate();
}

/** drizzle's own bookkeeping table, so drizzle-kit tools still read the file. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS __drizzle_migrations (
  id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`;

function copyAside(sqlite: Database.Database, target: string): void {
  if (fs.existsSync(target)) return;
  sqlite.prepare('VACUUM INTO ?').run(target);
}

function newestApplied(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`,
    )
    .get();
  if (!table) return null;
  const row = sqlite
    .prepare('SELECT MAX(created_at) AS newest FROM __drizzle_migrations')
    .get() as {
    newest: number | null;
  };
  return row.newest === null ? null : row.newest;
}
