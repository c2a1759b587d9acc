/**
 * The triggers that keep history append-only and issued invoices frozen. Their one source of truth
 * is the migrations themselves: replaying every migration's CREATE TRIGGER and DROP TRIGGER in
 * order gives the set a file should hold. A file whose triggers were dropped or replaced (by any
 * tool that opened it raw) gets them back when the engine opens it.
 */
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type Database from 'better-sqlite3';

/** Trigger name to its CREATE statement, as the migrations define them. */
export type TriggerDefinitions = ReadonlyMap<string, string>;

const CREATE = /^\s*(?:--[^\n]*\n\s*)*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/i;
const DROP = /^\s*(?:--[^\n]*\n\s*)*DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?["`]?(\w+)/i;

const byFolder = new Map<string, TriggerDefinitions>();

export function expectedTriggers(migrationsFolder: string): TriggerDefinitions {
  const known = byFolder.get(migrationsFolder);
  if (known) return known;
  const definitions = new Map<string, string>();
  for (const migration of readMigrationFiles({ migrationsFolder })) {
    for (const statement of migration.sql) {
      const created = CREATE.exec(statement)?.[1];
      const dropped = DROP.exec(statement)?.[1];
      if (created) definitions.set(created, withoutComments(statement));
      if (dropped) definitions.delete(dropped);
    }
  }
  byFolder.set(migrationsFolder, definitions);
  return definitions;
}

/** Names of expected triggers the file lacks or holds with another definition. */
export function triggersToRestore(
  sqlite: Database.Database,
  expected: TriggerDefinitions,
): string[] {
  const rows = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`)
    .all() as { name: string; sql: string | null }[];
  const present = new Map(rows.map((row) => [row.name, normalized(row.sql ?? '')]));
  return [...expected]
    .filter(([name, definition]) => present.get(name) !== normalized(definition))
    .map(([name]) => name);
}

/** Puts the named triggers back as the migrations define them; the caller holds a transaction. */
export function restoreTriggers(
  sqlite: Database.Database,
  expected: TriggerDefinitions,
  names: readonly string[],
): void {
  for (const name of names) {
    const definition = expected.get(name);
    if (definition === undefined) continue;
    sqlite.exec(`DROP TRIGGER IF EXISTS "${name}"`);
    sqlite.exec(definition);
  }
}

function withoutComments(statement: string): string {
  return statement
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .trim();
}

function normalized(definition: string): string {
  return definition.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim().toLowerCase();
}
