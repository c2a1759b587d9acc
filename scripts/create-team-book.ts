/**
 * `npm run team:create -- <connection string> [--no-tls] [--admin-pin PIN] [--from FILE]`: starts
 * a team book (issue #19) on a PostgreSQL server in one command. It creates the database the
 * string names when the server lacks it (the user needs CREATEDB, or the database made by the
 * server's administrator beforehand, empty), migrates it, and makes its first user, `admin`, with
 * the PIN given; or, with `--from`, copies a local book into it (`book.copyTo`, verified). TLS is
 * on unless `--no-tls`. Prints the address to open from the start screen, never the password.
 */
import pg from 'pg';
import { createBackend } from '../electron/backend/index.ts';
import { CONNECT_TIMEOUT_MS } from '../electron/backend/db/pg/open.ts';
import { checkConnectionString } from '../shared/server-book-url.ts';

export type TeamBookOptions = {
  databaseUrl: string;
  isTls: boolean;
  adminPin?: string;
  /** A local book (a .sqlite file) to copy into the new team book. */
  from?: string;
};

export type Outcome = { ok: true; lines: string[] } | { ok: false; message: string };

const DATABASE_NAME = /^[A-Za-z0-9_-]{1,63}$/;

export function parseTeamArgs(argv: readonly string[]): TeamBookOptions | string {
  const positional: string[] = [];
  const options: Partial<TeamBookOptions> = { isTls: true };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--no-tls') options.isTls = false;
    else if (argument === '--admin-pin') options.adminPin = argv[(index += 1)];
    else if (argument === '--from') options.from = argv[(index += 1)];
    else if (argument.startsWith('--')) return `Unknown option ${argument}`;
    else positional.push(argument);
  }
  const [databaseUrl] = positional;
  if (databaseUrl === undefined || positional.length > 1) {
    return 'Usage: npm run team:create -- postgres://user:password@host:5432/database [--no-tls] [--admin-pin PIN] [--from book.sqlite]';
  }
  return { ...options, databaseUrl, isTls: options.isTls ?? true };
}

export async function createTeamBook(options: TeamBookOptions): Promise<Outcome> {
  const checked = checkConnectionString(options.databaseUrl, { tls: options.isTls });
  if (!checked.ok) return { ok: false, message: `The connection string ${checked.message}` };
  const name = decodeURIComponent(new URL(checked.url).pathname.slice(1));
  if (!DATABASE_NAME.test(name)) {
    return { ok: false, message: 'The database name may hold letters, digits, _ and - only' };
  }
  const created = await createDatabase(checked.url, name).catch((error: unknown) => error);
  if (created instanceof Error) return { ok: false, message: serverMessage(created) };
  const filled =
    options.from === undefined
      ? await firstAdmin(checked.url, options.adminPin)
      : await copyFrom(options.from, checked.url);
  if (!filled.ok) return filled;
  return {
    ok: true,
    lines: [
      `${created ? 'Created' : 'Used the empty'} database ${name}; ${filled.lines.join('; ')}.`,
      `Team book ready at ${checked.address}. Open it from the start screen: "Open a server book…".`,
    ],
  };
}

/** Creates the database unless it exists; true when it was created here. */
async function createDatabase(databaseUrl: string, name: string): Promise<boolean> {
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rows.length === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      return true;
    }
  } finally {
    await client.end();
  }
  if (await holdsTables(databaseUrl)) throw new BookThere();
  return false;
}

/** The database exists and holds tables (a book, or another application's). */
class BookThere extends Error {
  readonly code = 'BOOK_THERE';
}

async function holdsTables(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const tables = await client.query(
      'SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() LIMIT 1',
    );
    return tables.rows.length > 0;
  } finally {
    await client.end();
  }
}

async function firstAdmin(databaseUrl: string, pin: string | undefined): Promise<Outcome> {
  const backend = createBackend({ databaseUrl });
  try {
    const users = await backend.invoke('users.list', {});
    if (!users.ok) return { ok: false, message: users.error.message };
    if (pin === undefined) return { ok: true, lines: ['its first user is admin, without a PIN'] };
    const requestId = `team-create-pin-${Date.now().toString(36)}`;
    const set = await backend.invoke('users.setPin', { userId: 'admin', pin, requestId });
    if (!set.ok) return { ok: false, message: `The PIN ${set.error.message}` };
    return { ok: true, lines: ['its first user is admin, with the PIN given'] };
  } finally {
    backend.close();
  }
}

async function copyFrom(file: string, databaseUrl: string): Promise<Outcome> {
  const backend = createBackend({ dbPath: file });
  try {
    const requestId = `team-create-copy-${Date.now().toString(36)}`;
    const copied = await backend.invoke('book.copyTo', { target: { databaseUrl }, requestId });
    if (!copied.ok) return { ok: false, message: copied.error.message };
    const { customers, checked } = copied.data.verified;
    return {
      ok: true,
      lines: [`copied ${file} (${customers} customers, ${checked} checks passed)`],
    };
  } finally {
    backend.close();
  }
}

/** A server's refusal in words, never with the connection string. */
function serverMessage(error: Error): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'BOOK_THERE') return 'This database already holds tables; it was left as it is';
  if (code === '42501')
    return 'This user may not create databases: ask for CREATEDB, or an empty database';
  if (code === '28P01' || code === '28000') return 'The server refused the login';
  if (code.startsWith('E')) return `The server cannot be reached (${code})`;
  return `The server refused: ${error.message}`;
}

async function main(): Promise<void> {
  const options = parseTeamArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    process.exitCode = 2;
    return;
  }
  const outcome = await createTeamBook(options);
  if (outcome.ok) {
    for (const line of outcome.lines) process.stdout.write(`${line}\n`);
    return;
  }
  console.error(`[balancebook] ${outcome.message}`);
  process.exitCode = 1;
}

if (import.meta.main) await main();
