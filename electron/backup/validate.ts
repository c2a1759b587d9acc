/**
 * Decides whether a file may replace the ledger. Checks, in order, each refusing with its own
 * sentence: the file exists; it starts with SQLite's header; a private copy of it opens and
 * passes `PRAGMA integrity_check` and `foreign_key_check`; it holds the migrations table and
 * Balancebook's tables; it was not written by newer code than this (its newest migration against
 * the journal's last `when`); and the engine itself opens the copy and `audit.verify` finds no
 * problem. Invariants: the chosen file is only ever read (all checks run on the copy), and a
 * verdict of ok hands back that verified copy, already migrated forward by the engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditVerification } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import { createBackend } from '../backend/index.ts';
import { DEFAULT_MIGRATIONS_FOLDER } from '../backend/db/open.ts';

export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
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
  if (!header.equals(SQLITE_HEADER)) return refuse('That file is not a SQLite database.');
  const copy = path.join(options.workDir, 'candidate.sqlite');
  fs.copyFileSync(options.candidate, copy);
  const shape = checkShape(copy, newestKnownMigration(migrationsFolder));
  if (!shape.ok) return shape;
  return verifyWithEngine(copy, { ...options, migrationsFolder });
}

function readHeader(file: string): Buffer | null {
  try {
    const handle = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(SQLITE_HEADER.length);
      const read = fs.readSync(handle, header, 0, header.length, 0);
      return header.subarray(0, read);
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return null;
  }
}

function checkShape(copy: string, newestKnown: number): Verdict {
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, { fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: false }) as {
      integrity_check: string;
    }[];
    const firstProblem = integrity[0]?.integrity_check ?? 'no answer';
    if (integrity.length !== 1 || firstProblem !== 'ok') {
      return refuse(`That file is damaged (${firstProblem}).`);
    }
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      return refuse('That file is damaged (broken references between records).');
    }
    const missing = missingTables(db);
    if (missing.length > 0) {
      return refuse(`That file is not a Balancebook ledger (no ${missing.join(', ')}).`);
    }
    const newest = db
      .prepare('SELECT MAX(created_at) AS newest FROM __drizzle_migrations')
      .get() as { newest: number | null } | undefined;
    if ((newest?.newest ?? 0) > newestKnown) {
      return refuse('That backup was made by a newer version of Balancebook; update first.');
    }
    return { ok: true, data: copy };
  } catch (error) {
    return refuse(`That file cannot be read as a ledger (${messageOf(error)}).`);
  } finally {
    db?.close();
  }
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
    const report = verified.data as AuditVerification;
    if (!report.ok) {
      const named = report.problems.slice(0, PROBLEMS_SHOWN).join('; ');
      return refuse(`That backup fails the ledger's own check: ${named}.`);
    }
    return { ok: true, data: copy };
  } finally {
    backend.close();
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
