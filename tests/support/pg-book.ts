/**
 * Test support for server books (issue #19): one throwaway PostgreSQL cluster per test file (or
 * the run's, when the pg project's global setup started one and provided its address), and a
 * fresh, empty database on it for each book a test needs.
 */
import pg from 'pg';
import { inject } from 'vitest';
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

let databaseCounter = 0;

/** A new empty database on the cluster at `clusterUrl`; returns its connection string. */
export async function newDatabase(clusterUrl: string, label = 'book'): Promise<string> {
  databaseCounter += 1;
  const name = `${label}_${process.pid}_${databaseCounter}_${Date.now().toString(36)}`;
  await asSuperuser(clusterUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return withDatabase(clusterUrl, name);
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
