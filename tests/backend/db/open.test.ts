/**
 * Proves how a ledger file is opened: pragmas, migrations applied forward in one transaction with a
 * copy set aside first, a broken migration leaving the file untouched, and a newer file refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../../electron/backend/db/open.ts';
import { givenBackend, givenCustomer, topUp } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

type Journal = { entries: { idx: number; when: number; tag: string }[] };

/** A copy of the migrations folder holding only its first `count` migrations, plus extra SQL. */
function migrationsFolder(count: number, extra?: { tag: string; sql: string }): string {
  const target = fs.mkdtempSync(path.join(path.dirname(tempDbPath()), 'migrations-'));
  const journal = JSON.parse(
    fs.readFileSync(path.join(DEFAULT_MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  journal.entries = journal.entries.slice(0, count);
  for (const entry of journal.entries) {
    fs.copyFileSync(
      path.join(DEFAULT_MIGRATIONS_FOLDER, `${entry.tag}.sql`),
      path.join(target, `${entry.tag}.sql`),
    );
  }
  if (extra) {
    const last = journal.entries.at(-1)?.when ?? 0;
    journal.entries.push({ idx: journal.entries.length, when: last + 1, tag: extra.tag });
    fs.writeFileSync(path.join(target, `${extra.tag}.sql`), extra.sql);
  }
  fs.mkdirSync(path.join(target, 'meta'));
  fs.writeFileSync(path.join(target, 'meta', '_journal.json'), JSON.stringify(journal));
  return target;
}

/** A file as an older version left it: only its first `count` migrations applied. */
function givenOlderFile(dbPath: string, count: number): void {
  openDatabase(dbPath, migrationsFolder(count)).sqlite.close();
}

function triggerCount(dbPath: string): number {
  const raw = new Database(dbPath, { readonly: true });
  try {
    return (
      raw.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger'").get() as {
        n: number;
      }
    ).n;
  } finally {
    raw.close();
  }
}

describe('opening a ledger file', () => {
  it('creates a new file in WAL mode and keeps its data across reopening', async () => {
    const dbPath = tempDbPath();
    const first = givenBackend({ dbPath });
    const customerId = await givenCustomer(first);
    await topUp(first, customerId, '42.00');
    first.backend.close();
    const raw = new Database(dbPath, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const second = givenBackend({ dbPath });
    expect((await second.call('balance.get', { customerId })).balance).toBe('42.00');
    expect((await second.call('users.list', {})).map((user) => user.id)).toEqual(['admin']);
    second.backend.close();
  });

  it('migrates an older file forward, after setting a copy aside', async () => {
    const dbPath = tempDbPath();
    givenOlderFile(dbPath, 1);
    expect(triggerCount(dbPath)).toBe(0);
    const t = givenBackend({ dbPath });
    expect(triggerCount(dbPath)).toBeGreaterThan(0);
    const copies = fs
      .readdirSync(path.dirname(dbPath))
      .filter((name) => name.includes('before-migration'));
    expect(copies).toHaveLength(1);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    t.backend.close();
  });

  it('leaves the file untouched when a migration would break a reference', () => {
    const dbPath = tempDbPath();
    givenOlderFile(dbPath, 2);
    const broken = migrationsFolder(2, {
      tag: '0099_broken',
      sql: "CREATE TABLE extra (id text PRIMARY KEY);\n--> statement-breakpoint\nINSERT INTO grants (id, customer_id, entry_id, kind, original_minor, remaining_minor, created_seq, created_at) VALUES ('g', 'nobody', 'none', 'paid', 1, 1, 1, 'x');",
    });
    expect(() => createBackend({ dbPath, migrationsFolder: broken })).toThrow(/broken references/);
    const raw = new Database(dbPath, { readonly: true });
    const extra = raw.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get();
    raw.close();
    expect(extra).toBeUndefined();
  });

  it('refuses a file written by a newer version', () => {
    const dbPath = tempDbPath();
    createBackend({ dbPath }).close();
    const raw = new Database(dbPath);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', 9e15);
    raw.close();
    expect(() => createBackend({ dbPath })).toThrow(/newer version/);
  });

  it('refuses an unknown time zone', () => {
    expect(() => createBackend({ dbPath: ':memory:', timeZone: 'Mars/Olympus' })).toThrow(
      /time zone/,
    );
  });
});
