/**
 * The new book `book.copyTo` fills: a local file that does not exist yet, or a server book on a
 * database that holds no records. Opening it checks, in the table's order (error-precedence.ts),
 * that it may be used, and changes nothing anywhere when it may not: a file is only made once its
 * folder exists and nothing is at its path; a server database is only migrated once it is known
 * to hold no book with records. A target that fails later is discarded: the file removed, the
 * server book left without a record (its copy's transaction rolled back).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../../../../shared/errors.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../open.ts';
import { connectionError, ServerBookError } from '../pg/book-errors.ts';
import { CONNECT_TIMEOUT_MS, openServerBook } from '../pg/open.ts';
import { pgStorage } from '../../storage/pg-storage.ts';
import { sqliteStorage } from '../../storage/sqlite-storage.ts';
import type { Storage } from '../../storage/storage.ts';
import type { BookCopy } from '../../../../shared/contract/types.ts';

export type CopyTarget = { path: string } | { databaseUrl: string };

export type TargetBook = {
  storage: Storage;
  /** Where the copy went, as the result and the audit log name it (no password). */
  where: BookCopy['target'];
  /** The field a refusal of this target names. */
  field: 'target.path' | 'target.databaseUrl';
  /** After a failed copy: the new file removed (a server book keeps no record already). */
  discard: () => void;
  close: () => void;
};

export function openTarget(target: CopyTarget, timeZone: string): Promise<TargetBook> {
  return 'path' in target
    ? Promise.resolve(openFileTarget(target.path, timeZone))
    : openServerTarget(target.databaseUrl);
}

function openFileTarget(file: string, timeZone: string): TargetBook {
  const field = 'target.path';
  const folder = path.dirname(file);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new AppError('VALIDATION', `The folder ${path.basename(folder)} does not exist`, field);
  }
  try {
    // Made exclusively: a file that appears meanwhile is refused too, never replaced.
    fs.closeSync(fs.openSync(file, 'wx'));
  } catch (error) {
    const name = path.basename(file);
    if ((error as { code?: string }).code === 'EEXIST') {
      throw new AppError('CONFLICT', `A file named ${name} is already there; it was kept`, field);
    }
    throw new AppError('VALIDATION', `Cannot make the file ${name}`, field);
  }
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  };
  let connection;
  try {
    connection = openDatabase(file, { migrationsFolder: DEFAULT_MIGRATIONS_FOLDER, timeZone });
  } catch (error) {
    remove();
    throw error;
  }
  const storage = sqliteStorage(connection);
  return {
    storage,
    where: { kind: 'file', path: file },
    field,
    discard: () => {
      storage.close();
      remove();
    },
    close: () => {
      storage.close();
    },
  };
}

async function openServerTarget(databaseUrl: string): Promise<TargetBook> {
  const field = 'target.databaseUrl';
  await refuseBookWithRecords(databaseUrl);
  const pool = await openServerBook({ databaseUrl }).catch((error: unknown) => {
    throw error instanceof ServerBookError
      ? new AppError('VALIDATION', error.message, field)
      : error;
  });
  const storage = pgStorage(pool);
  return {
    storage,
    where: { kind: 'server', address: addressOf(databaseUrl) },
    field,
    discard: () => {
      storage.close();
    },
    close: () => {
      storage.close();
    },
  };
}

/**
 * Before anything is migrated: a database that already holds a Balancebook book with records is
 * refused (CONFLICT); one that cannot be reached or refuses the login, VALIDATION. Tables of
 * another application are left to `openServerBook`, which refuses them.
 */
async function refuseBookWithRecords(databaseUrl: string): Promise<void> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_name IN ('__drizzle_migrations', 'users')`,
    );
    if (tables.rows.length < 2) return;
    const users = await client.query<{ found: number }>('SELECT 1 AS found FROM users LIMIT 1');
    if (users.rows.length > 0) throw bookWithRecords();
  } catch (error) {
    const known = connectionError(error);
    if (known instanceof ServerBookError) {
      throw new AppError('VALIDATION', known.message, 'target.databaseUrl');
    }
    throw known;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function bookWithRecords(): AppError {
  return new AppError(
    'CONFLICT',
    'This database already holds a book; a copy goes only into an empty database',
    'target.databaseUrl',
  );
}

/** The connection string without its password, for the result and the audit log. */
export function addressOf(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = '';
    url.search = '';
    return url.toString();
  } catch {
    return 'a PostgreSQL server';
  }
}
