/**
 * The server book's append-only and integrity triggers (migration 0001), checked each time the
 * engine opens the book, as the SQLite file's are (audit/restore-triggers.ts): one missing or
 * disabled (by anyone with rights on the tables) is put back from the migration's own text, with
 * its function, and the audit log records that it was, so verification can tell the book was
 * once unprotected. A trigger replaced under the same name is not detected here.
 */
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { TRIGGERS_RESTORED } from '../../audit/restore-triggers.ts';
import { writeAudit } from '../../audit/write.ts';
import { asSystem, DEFAULT_ADMIN_ID, type Context } from '../../context.ts';
import type { Tx } from '../../storage/storage.ts';
import { PG_MIGRATIONS_FOLDER } from './open.ts';

type TriggerRow = { name: string; enabled: string };

const FUNCTION = /^\s*(?:--[^\n]*\n\s*)*CREATE\s+FUNCTION\s/i;
const TABLE = /\sON\s+"?(\w+)"?/i;

/** Names of the expected triggers the book lacks or holds disabled. */
export async function serverTriggersToRestore(tx: Tx): Promise<string[]> {
  const rows = await tx.all<TriggerRow>(sql`SELECT t.tgname AS name, t.tgenabled AS enabled
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND NOT t.tgisinternal`);
  const enabled = new Set(rows.filter((row) => row.enabled !== 'D').map((row) => row.name));
  return [...tx.triggers.keys()].filter((name) => !enabled.has(name));
}

/** Puts back what `serverTriggersToRestore` names, in the caller's writing transaction. */
export async function restoreServerTriggers(tx: Tx, nowAt: string): Promise<string[]> {
  const names = await serverTriggersToRestore(tx);
  if (names.length === 0) return names;
  for (const statement of functionStatements()) {
    await tx.run(sql.raw(statement.replace(/CREATE\s+FUNCTION/i, 'CREATE OR REPLACE FUNCTION')));
  }
  for (const name of names) {
    const definition = tx.triggers.get(name) ?? '';
    const table = TABLE.exec(definition)?.[1] ?? '';
    await tx.run(sql.raw(`DROP TRIGGER IF EXISTS "${name}" ON "${table}"`));
    await tx.run(sql.raw(definition));
  }
  const ctx = asSystem({ tx, nowAt, actor: { id: DEFAULT_ADMIN_ID, role: 'admin' } } as Context);
  await writeAudit(ctx, { ...TRIGGERS_RESTORED, entityId: 'triggers', after: { triggers: names } });
  return names;
}

function functionStatements(): string[] {
  return readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_FOLDER })
    .flatMap((migration) => migration.sql)
    .filter((statement) => FUNCTION.test(statement));
}
