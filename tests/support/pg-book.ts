/**
 * Test support for server books (issue #19): one throwaway PostgreSQL cluster per test file (or
 * the run's, when the pg project's global setup started one and provided its address), and a
 * fresh, empty database on it for each book a test needs.
 */
import pg from 'pg';
import { inject } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/index.ts';
import { startCluster, type Cluster } from './postgres-cluster.ts';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- vitest's ProvidedContext grows by declaration merging, which only an interface does
  export interface ProvidedContext {
    pgClusterUrl?: string;
  }
}

export type TestCluster = { url: string; stop: () => void };

/** The run's cluster when there is one, else a cluster of this file's own. */
export async function givenCluster(): Promise<TestCluster> {
  const shared = inject('pgClusterUrl');
  if (shared !== undefined) return { url: shared, stop: () => undefined };
  const own: Cluster = await startCluster();
  return { url: own.url, stop: own.stop };
}

/** The migrated empty book the pg project's global setup leaves for copies (pg-global-setup). */
export const BOOK_TEMPLATE = 'balancebook_template';

/** Whether this run is the engine suite on PostgreSQL (vitest.pg.config.mts). */
export const onServerBooks = (): boolean => process.env.BALANCEBOOK_TEST_DB === 'pg';

let databaseCounter = 0;

/**
 * A new database on the cluster at `clusterUrl`, empty or a copy of `template`; returns its
 * connection string.
 */
export async function newDatabase(
  clusterUrl: string,
  label = 'book',
  template?: string,
): Promise<string> {
  databaseCounter += 1;
  const name = `${label}_${process.pid}_${databaseCounter}_${Date.now().toString(36)}`;
  const from = template === undefined ? '' : ` TEMPLATE ${template} STRATEGY FILE_COPY`;
  await asSuperuser(clusterUrl, (client) => client.query(`CREATE DATABASE "${name}"${from}`));
  return withDatabase(clusterUrl, name);
}

/** A new book copied from the run's template (only in the pg project, which provides both). */
export async function newServerBook(): Promise<string> {
  const clusterUrl = inject('pgClusterUrl');
  if (clusterUrl === undefined) throw new Error('No PostgreSQL cluster for this run');
  const url = await newDatabase(clusterUrl, 'book', BOOK_TEMPLATE);
  booksOfThisTest.push(url);
  return url;
}

const booksOfThisTest: string[] = [];
const backendsOfThisTest: Backend[] = [];

/**
 * A backend on a new server book, usable at once, as `createBackend` with a file is: the book is
 * made on the first call. Its start-up instant is `options.now()` now, as a file's would be.
 */
export function serverBackend(options: Omit<BackendOptions, 'dbPath' | 'databaseUrl'>): Backend {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  let started = false;
  const startThenNow = () => {
    if (started) return now();
    started = true;
    return startedAt;
  };
  const opening = newServerBook().then((databaseUrl) => {
    const backend = createBackend({ ...options, now: startThenNow, databaseUrl });
    backendsOfThisTest.push(backend);
    return backend;
  });
  opening.catch(() => undefined);
  return {
    invoke: async (channel, input, ctx) => (await opening).invoke(channel, input, ctx),
    invokeUnknown: async (channel, input, ctx) =>
      (await opening).invokeUnknown(channel, input, ctx),
    close: () => {
      void opening.then((backend) => {
        backend.close();
      });
    },
  };
}

/** After each test of the pg project: its backends closed, its books dropped (disk stays small). */
export async function dropServerBooks(): Promise<void> {
  for (const backend of backendsOfThisTest.splice(0)) backend.close();
  const clusterUrl = inject('pgClusterUrl');
  const books = booksOfThisTest.splice(0);
  if (clusterUrl === undefined || books.length === 0) return;
  await asSuperuser(clusterUrl, async (client) => {
    for (const url of books) {
      const name = new URL(url).pathname.slice(1);
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
}

/** Runs `work` on one connection to `url` as the cluster's superuser. */
export async function asSuperuser<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
