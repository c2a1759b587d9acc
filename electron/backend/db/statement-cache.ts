/**
 * One prepared statement per SQL text for the life of a connection. drizzle (and our own code)
 * asks better-sqlite3 to prepare a statement for every query it runs; preparing costs CPU on
 * every call and each statement holds native memory until it is collected, which a long-running
 * application sees as steady growth. Reusing one statement per text removes both.
 */
import type Database from 'better-sqlite3';

/** Distinct SQL texts kept; beyond it (queries with very many shapes) statements are not kept. */
export const STATEMENT_CACHE_MAX = 2000;

export function withStatementCache(sqlite: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = sqlite.prepare(source);
      if (cache.size < STATEMENT_CACHE_MAX) cache.set(source, statement);
    } else if (statement.reader) {
      // drizzle switches a statement to array rows for some reads: start every use afresh.
      statement.raw(false);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
