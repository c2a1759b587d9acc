/**
 * Proves the checks restore adds to `audit.verify`: the full `integrity_check` (an index that no
 * longer matches its table, which `quick_check` lets through, is refused), and the migrated
 * candidate's schema, migration record and AUTOINCREMENT counter against a new file's (a dropped
 * or added trigger, a damaged migrations table or record, a counter ahead of the audit log are
 * refused), while the first release's ledger and a file of fewer migrations, migrated forward,
 * restore.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../electron/backend/db/open.ts';
import { backupNow } from '../../electron/backup/backup.ts';
import { restoreBackup } from '../../electron/backup/restore.ts';
import {
  TIME_ZONE,
  balances,
  givenCustomerWithCredit,
  givenLedger,
  restoreOptions,
  restoreRefusal,
  type Ledger,
} from './ledger.ts';

async function givenBackup(): Promise<{ ledger: Ledger; backup: string }> {
  const ledger = givenLedger();
  await givenCustomerWithCredit(ledger.backend, 'Zanzibar', '125.00');
  const backup = await backupNow({ ...ledger, now: ledger.clock.now, timeZone: TIME_ZONE });
  fs.rmSync(`${backup}.json`);
  return { ledger, backup };
}

function change(file: string, sql: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Rewrites the customer's name key in its table's page only, leaving its index as it was. */
function damageCustomersTable(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  const { rootpage } = db
    .prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'customers'`)
    .get() as { rootpage: number };
  const quick = db.pragma('quick_check', { simple: true });
  db.close();
  expect(quick).toBe('ok');
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  const at = page.indexOf('zanzibar', 0, 'latin1');
  expect(at).toBeGreaterThanOrEqual(0);
  page[at + 7] = 's'.charCodeAt(0);
  fs.writeFileSync(file, bytes);
}

function quickCheck(file: string): unknown {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.pragma('quick_check', { simple: true });
  } finally {
    db.close();
  }
}

describe('restore checks every page', () => {
  it('refuses an index that no longer matches its table, which quick_check passes', async () => {
    const { ledger, backup } = await givenBackup();
    damageCustomersTable(backup);
    expect(quickCheck(backup)).toBe('ok');
    expect(await restoreRefusal(ledger, backup)).toMatch(/damaged \(.*customers_name_key/);
    ledger.backend.close();
  });
});

describe("restore compares the schema with a new file's", () => {
  const DAMAGE = [
    {
      name: 'a dropped append-only trigger',
      sql: (db: Database.Database) => `DROP TRIGGER "${triggerOn(db, 'ledger_entries')}"`,
      reason: /schema has no trigger /,
    },
    {
      name: 'an added trigger',
      sql: () => `CREATE TRIGGER quiet AFTER INSERT ON customers BEGIN SELECT 1; END`,
      reason: /schema has an unknown or altered trigger quiet/,
    },
    {
      name: 'a counter ahead of the audit log',
      sql: () => `UPDATE sqlite_sequence SET seq = seq + 5 WHERE name = 'audit_events'`,
      reason: /schema has a wrong counter for audit_events/,
    },
    {
      name: 'a damaged migration record',
      sql: () => `UPDATE __drizzle_migrations SET hash = 'x' || hash WHERE rowid = 1`,
      reason: /schema has a migration record this version did not write/,
    },
  ];

  it.each(DAMAGE)('refuses $name', async ({ sql, reason }) => {
    const { ledger, backup } = await givenBackup();
    const db = new Database(backup, { fileMustExist: true });
    const statement = sql(db);
    db.close();
    change(backup, statement);
    expect(await restoreRefusal(ledger, backup)).toMatch(reason);
    ledger.backend.close();
  });

  it('refuses a damaged migrations table', async () => {
    const { ledger, backup } = await givenBackup();
    // The live record is the last copy: page 1 keeps a stale one from before the schema grew.
    const bytes = fs.readFileSync(backup);
    const at = bytes.lastIndexOf('id SERIAL PRIMARY KEY', undefined, 'latin1');
    bytes.write('x', at + 'id SERIA'.length, 'latin1');
    fs.writeFileSync(backup, bytes);
    const db = new Database(backup, { fileMustExist: true });
    const table = db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck();
    expect(table.get('__drizzle_migrations')).toMatch(/id SERIAx PRIMARY KEY/);
    db.close();
    expect(await restoreRefusal(ledger, backup)).toMatch(
      /schema has an unknown or altered table __drizzle_migrations/,
    );
    ledger.backend.close();
  });

  it("restores the first release's ledger, migrated forward", async () => {
    const ledger = givenLedger();
    const release = path.join(ledger.dataDir, 'release-1.sqlite');
    fs.copyFileSync(path.join(import.meta.dirname, '../fixtures/release-1.sqlite'), release);
    const restored = await restoreBackup(restoreOptions(ledger, release).options);
    expect(restored.ok ? null : restored.error).toBeNull();
    expect(Object.keys(await balances(ledger.backend)).length).toBeGreaterThan(0);
    ledger.backend.close();
  });

  it('restores a file an older version wrote, migrated forward', async () => {
    const ledger = givenLedger();
    const older = path.join(ledger.dataDir, 'older.sqlite');
    openDatabase(older, firstMigrations(ledger, 3)).sqlite.close();
    const restored = await restoreBackup(restoreOptions(ledger, older).options);
    expect(restored.ok ? null : restored.error).toBeNull();
    expect(await balances(ledger.backend)).toEqual({});
    ledger.backend.close();
  });
});

function triggerOn(db: Database.Database, table: string): string {
  const row = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`)
    .get(table) as { name: string };
  return row.name;
}

type Journal = { entries: { tag: string }[] };

/** A migrations folder holding only the first `count` migrations, as an older version had. */
function firstMigrations(ledger: Ledger, count: number): string {
  const folder = path.join(ledger.dataDir, 'older-migrations');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journalPath = path.join(DEFAULT_MIGRATIONS_FOLDER, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as Journal;
  journal.entries = journal.entries.slice(0, count);
  for (const { tag } of journal.entries) {
    fs.copyFileSync(
      path.join(DEFAULT_MIGRATIONS_FOLDER, `${tag}.sql`),
      path.join(folder, `${tag}.sql`),
    );
  }
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}
