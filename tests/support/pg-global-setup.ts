/**
 * Global setup of the engine suite on PostgreSQL (vitest.pg.config.mts): one throwaway cluster
 * for the run, and a migrated, empty book kept as the template every test's book is copied from
 * (copying a database is faster than migrating a new one).
 */
import type { TestProject } from 'vitest/node';
import { openServerBook } from '../../electron/backend/db/pg/open.ts';
import { startCluster } from './postgres-cluster.ts';
import { asSuperuser, BOOK_TEMPLATE, withDatabase } from './pg-book.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startCluster();
  try {
    await asSuperuser(cluster.url, (client) => client.query(`CREATE DATABASE ${BOOK_TEMPLATE}`));
    const pool = await openServerBook({ databaseUrl: withDatabase(cluster.url, BOOK_TEMPLATE) });
    await pool.end();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('pgClusterUrl', cluster.url);
  return cluster.stop;
}
