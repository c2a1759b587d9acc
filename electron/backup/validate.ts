/**
 * Decides whether a file may replace the ledger. Checks, in order, each refusing with its own
 * sentence: the file exists; it starts with SQLite's header; a private copy of it, taking along
 * its -wal (working-copy.ts) so the newest transactions are replayed (a -wal of which SQLite can
 * read nothing is refused), opens and passes
 * `PRAGMA integrity_check` (every page, index and constraint, not only quick_check's part) and
 * `foreign_key_check`; it holds the migrations table and Balancebook's tables (a file in
 * write-ahead mode without its -wal is named as such); it was not written by newer code than this;
 * the head of the audit chain in the backup's own record, when it has one, is still in its chain
 * (head-check.ts); the engine itself opens the copy and `audit.verify` finds no problem at all;
 * and the migrated copy's schema, migration record and AUTOINCREMENT counter are exactly those
 * a new file gets (schema-check.ts). Invariants: the chosen file and its -wal are only ever read (all checks run
 * on the copy), and a verdict of ok hands back that verified copy, already migrated forward by
 * the engine and checkpointed (no -wal beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Result } from '../../shared/errors.ts';
import { createBackend } from '../backend/index.ts';
import { restoredTriggerEvents } from '../backend/audit/restore-triggers.ts';
import { DEFAULT_MIGRATIONS_FOLDER } from '../backend/db/open.ts';
import { recordedHeadRefusal } from './head-check.ts';
import { schemaDifference } from './schema-check.ts';
import {
  isSqliteHeader,
  makeWorkingCopy,
  missingWalMessage,
  readHeader,
  unreadWalMessage,
  type WorkingCopy,
} from './working-copy.ts';

export { SQLITE_HEADER } from './working-copy.ts';
export const REQUIRED_TABLES = [
  '__drizzle_migrations',
  'customers',
  'ledger_entries',
  'audit_events',
] as const;
/** How many of audit.verify's problems a refusal names. */
export const PROBLEMS_SHOWN = 3;

export type ValidateOptions = {
  candidate: string;
  /** An empty private folder for the working copy. */
  workDir: string;
  migrationsFolder?: string;
  now?: () => Date;
  timeZone?: string;
};

type Verdict = Result<string>;

/** Ok with the path of the verified copy in `workDir`, or a refusal saying why. */
export async function validateBackup(options: ValidateOptions): Promise<Verdict> {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  const header = readHeader(options.candidate);
  if (header === null) return refuse('That file does not exist or cannot be read.');
  if (!isSqliteHeader(header)) return refuse('That file is not a SQLite database.');
  const copy = makeWorkingCopy(options.candidate, header, options.workDir);
  if (!copy.ok) return copy;
  const shape = checkShape(copy.data, { ...options, migrationsFolder });
  if (!shape.ok) return shape;
  const restoredBefore = triggerRestorations(copy.data.path).length;
  const verified = await verifyWithEngine(copy.data.path, { ...options, migrationsFolder });
  if (!verified.ok) return verified;
  // Opening the copy puts back any protective trigger it lacked; a backup must not need that.
  const restored = triggerRestorations(copy.data.path).slice(restoredBefore);
  if (restored.length > 0) {
    const names = restored.flatMap((event) => event.triggers).join(', ');
    return refuse(`That backup's schema has no trigger ${names} as this version defines it.`);
  }
  return checkSchema(copy.data.path, migrationsFolder);
}

type ShapeOptions = { candidate: string; migrationsFolder: string };

function checkShape(copy: WorkingCopy, options: ShapeOptions): Verdict {
  let db: Database.Database | null = null;
  try {
    db = new Database(copy.path, { fileMustExist: true });
    const problem =
      unreadWalMessage(db, copy, options.candidate) ?? damage(db) ?? foreignness(db, copy, options);
    if (problem !== null) return refuse(problem);
    return { ok: true, data: copy.path };
  } catch (error) {
    return refuse(`That file cannot be read as a ledger (${messageOf(error)}).`);
  } finally {
    db?.close();
  }
}

/** What `integrity_check` (every page, index and constraint) or the references find, or null. */
function damage(db: Database.Database): string | null {
  const integrity = db.pragma('integrity_check', { simple: false }) as {
    integrity_check: string;
  }[];
  const firstProblem = integrity[0]?.integrity_check ?? 'no answer';
  if (integrity.length !== 1 || firstProblem !== 'ok') {
    return `That file is damaged (${firstProblem}).`;
  }
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
    return 'That file is damaged (broken references between records).';
  }
  return null;
}

/** Why the file is not this version's whole ledger as its record describes it, or null. */
function foreignness(db: Database.Database, copy: WorkingCopy, options: ShapeOptions) {
  const missing = missingTables(db);
  if (missing.length > 0 && copy.isWalMissing) return missingWalMessage(options.candidate);
  if (missing.length > 0) {
    return `That file is not a Balancebook ledger (no ${missing.join(', ')}).`;
  }
  const newest = db.prepare('SELECT MAX(created_at) AS newest FROM __drizzle_migrations').get() as
    { newest: number | null } | undefined;
  if ((newest?.newest ?? 0) > newestKnownMigration(options.migrationsFolder)) {
    return 'That backup was made by a newer version of Balancebook; update first.';
  }
  return recordedHeadRefusal(db, options.candidate);
}

function missingTables(db: Database.Database): string[] {
  const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
    name: string;
  }[];
  const present = new Set(rows.map((row) => row.name));
  return REQUIRED_TABLES.filter((table) => !present.has(table));
}

async function verifyWithEngine(
  copy: string,
  options: ValidateOptions & { migrationsFolder: string },
): Promise<Verdict> {
  let backend: ReturnType<typeof createBackend>;
  try {
    backend = createBackend({
      dbPath: copy,
      migrationsFolder: options.migrationsFolder,
      now: options.now,
      timeZone: options.timeZone,
      onInternalError: () => undefined,
    });
  } catch (error) {
    return refuse(`Balancebook cannot open that backup (${messageOf(error)}).`);
  }
  try {
    const verified = await backend.invoke('audit.verify', {});
    if (!verified.ok) return refuse(`That backup cannot be checked (${verified.error.message}).`);
    const report = verified.data;
    if (!report.ok) {
      const named = report.problems.slice(0, PROBLEMS_SHOWN).join('; ');
      return refuse(`That backup fails the ledger's own check: ${named}.`);
    }
    return { ok: true, data: copy };
  } finally {
    backend.close();
  }
}

/** Each time the engine put triggers back in this file, oldest first (its audit events say). */
function triggerRestorations(file: string): { triggers: string[] }[] {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    return restoredTriggerEvents(db).map(
      (event) => JSON.parse(event.afterJson ?? '{"triggers":[]}') as { triggers: string[] },
    );
  } finally {
    db.close();
  }
}

/** The migrated copy against a new file's schema (schema-check.ts). */
function checkSchema(copy: string, migrationsFolder: string): Verdict {
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, { fileMustExist: true });
    const difference = schemaDifference(db, migrationsFolder);
    if (difference === null) return { ok: true, data: copy };
    return refuse(`That file is damaged: its schema has ${difference}.`);
  } catch (error) {
    return refuse(`That file cannot be read as a ledger (${messageOf(error)}).`);
  } finally {
    db?.close();
  }
}

/** The `when` of the journal's last migration: the newest schema this code knows. */
export function newestKnownMigration(migrationsFolder: string): number {
  const journalPath = path.join(migrationsFolder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as {
    entries?: { when?: unknown }[];
  };
  const whens = (journal.entries ?? []).map((entry) => entry.when);
  const known = whens.filter((when): when is number => typeof when === 'number');
  if (known.length === 0) throw new Error(`No migrations listed in ${journalPath}`);
  return Math.max(...known);
}

function refuse(message: string): Verdict {
  return { ok: false, error: { code: 'VALIDATION', message, field: 'backupFile' } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
