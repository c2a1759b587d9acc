/**
 * A join that keeps the order a query is written in: SQLite's CROSS JOIN ... ON (its planner
 * would otherwise scan a whole table first, e.g. every allocation of the book for a report);
 * PostgreSQL plans joins itself and refuses CROSS JOIN with ON.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from './storage.ts';

export function joinInOrder(tx: Tx): SQL {
  return sql.raw(tx.store === 'sqlite' ? 'CROSS JOIN' : 'JOIN');
}
