/**
 * Opens a server book (issue #19): a pool of connections to one PostgreSQL database, then its
 * pending migrations in one transaction under a lock of their own, so two computers opening a new
 * book at once migrate it once. A database that holds other tables and no Balancebook history is
 * another application's, and one migrated by a newer Balancebook is refused: both before anything
 * is written. The password in the connection string is never logged nor put in an error.
 */
import path from 'node:path';
import pg from 'pg';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { connectionError, ServerBookError } from './book-errors.ts';
import { numberTypes } from './values.ts';

export const PG_MIGRATIONS_FOLDER = path.join(import.meta.dirname, 'migrations');

/** Advisory lock keys, per database: one writer at a time, and one migration at a time. */
export const BOOK_WRITER_LOCK = 1_962_019_001;
const MIGRATION_LOCK = 1_962_019_002;

export const CONNECT_TIMEOUT_MS = 10_000;
export const POOL_SIZE_MAX = 4;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS __drizzle_migrations (
  id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;

export type ServerBookOptions = { databaseUrl: string; migrationsFolder?: string };

/** A pool on the book, migrated forward; typed errors for every refusal (book-errors.ts). */
export async function openServerBook(options: ServerBookOptions): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: POOL_SIZE_MAX,
    types: numberTypes,
  });
  // An idle connection the server drops must not end the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrateForward(pool, options.migrationsFolder ?? PG_MIGRATIONS_FOLDER);
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectionError(error);
  }
}

async function migrateForward(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const applied = await appliedMigrations(client, migrations);
    const newestKnown = Math.max(...migrations.map((migration) => migration.folderMillis));
    if (applied.newest !== null && applied.newest > newestKnown) {
      throw new ServerBookError('newer-book', 'This book was written by a newer Balancebook.');
    }
    const pending = migrations.filter(
      (migration) => applied.newest === null || migration.folderMillis > applied.newest,
    );
    await client.query(MIGRATIONS_TABLE);
    for (const migration of pending) {
      for (const statement of migration.sql) await client.query(statement);
      await client.query('INSERT INTO __drizzle_migrations (hash, created_at) VALUES ($1, $2)', [
        migration.hash,
        migration.folderMillis,
      ]);
    }
    await client.query('COMMIT');
    client.release();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(true);
    throw error;
  }
}

type Applied = { newest: number | null };

/**
 * What the database already holds: nothing (a new book), Balancebook's history (its first
 * migration is ours), or anything else, which is another application's database.
 */
async function appliedMigrations(client: pg.PoolClient, ours: MigrationMeta[]): Promise<Applied> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema()`,
  );
  const names = tables.rows.map((row) => row.name);
  if (names.length === 0) return { newest: null };
  if (!names.includes('__drizzle_migrations')) throw notABook();
  const first = await client.query<{ hash: string }>(
    'SELECT hash FROM __drizzle_migrations ORDER BY id LIMIT 1',
  );
  if (first.rows[0]?.hash !== ours[0]?.hash) throw notABook();
  const newest = await client.query<{ newest: number | null }>(
    'SELECT MAX(created_at) AS newest FROM __drizzle_migrations',
  );
  return { newest: newest.rows[0]?.newest ?? null };
}

function notABook(): ServerBookError {
  return new ServerBookError(
    'not-a-book',
    'This database holds another application’s tables, not a Balancebook book; nothing was changed.',
  );
}
