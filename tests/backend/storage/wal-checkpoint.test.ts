/**
 * Proves the store checkpoints between transactions, never inside one: SQLite's own checkpoint at
 * commit is off, and once the log is due it is copied back before the next transaction runs, so
 * the log starts over instead of growing; a read never checkpoints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../../electron/backend/db/open.ts';
import { sqliteStorage } from '../../../electron/backend/storage/sqlite-storage.ts';
import type { Storage, Tx } from '../../../electron/backend/storage/storage.ts';

let storage: Storage | undefined;
let dir: string | undefined;

afterEach(() => {
  storage?.close();
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

/** A store on a fresh file whose log is due once it holds `pages` pages. */
function givenFileStorage(pages: number) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-wal-'));
  const file = path.join(dir, 'ledger.sqlite');
  const connection = openDatabase(file, DEFAULT_MIGRATIONS_FOLDER);
  storage = sqliteStorage(connection, pages);
  const logBytes = () => fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  return { store: storage, sqlite: connection.sqlite, file, logBytes };
}

/** A second connection that writes users and never checkpoints itself. */
function anotherWriter(file: string) {
  const other = new Database(file);
  other.pragma('wal_autocheckpoint = 0');
  const insert = other.prepare(
    "INSERT INTO users (id, name, role, created_at) VALUES (?, ?, 'viewer', '')",
  );
  return {
    addUser: (id: string) => insert.run(id, id),
    close: () => other.close(),
  };
}

const addUser = (tx: Tx, id: string) =>
  tx.run(sql`INSERT INTO users (id, name, role, created_at) VALUES (${id}, ${id}, 'viewer', '')`);

const userCount = async (tx: Tx) =>
  (await tx.get<{ count: number }>(sql`SELECT COUNT(*) AS count FROM users`))?.count;

describe('checkpoints of the SQLite store', () => {
  it("turns off SQLite's checkpoint inside the commit", () => {
    const { sqlite } = givenFileStorage(1);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  });

  it('copies a due log back before the next call, so the log starts over', async () => {
    const { store, logBytes } = givenFileStorage(1);
    await store.write((tx) => addUser(tx, 'user-0'));
    const afterOne = logBytes();
    for (let index = 1; index < 20; index += 1) {
      await store.write((tx) => addUser(tx, `user-${index}`));
    }
    expect(await store.read(userCount)).toBe(20);
    expect(logBytes()).toBeLessThanOrEqual(afterOne);
  });

  it('lets the log grow until it holds its pages', async () => {
    const { store, logBytes } = givenFileStorage(100_000);
    await store.write((tx) => addUser(tx, 'user-0'));
    const afterOne = logBytes();
    for (let index = 1; index < 20; index += 1) {
      await store.write((tx) => addUser(tx, `user-${index}`));
    }
    expect(logBytes()).toBeGreaterThan(afterOne);
  });

  it('never checkpoints after a read', async () => {
    const { store, file, logBytes } = givenFileStorage(1);
    const other = anotherWriter(file);
    other.addUser('ana');
    const before = logBytes();
    expect(await store.read(userCount)).toBe(1);
    await store.read(userCount);
    // Had a read copied the log back, this write would start the log over instead of growing it.
    other.addUser('bo');
    other.close();
    expect(logBytes()).toBeGreaterThan(before);
  });

  it('never checkpoints after a writing transaction that wrote nothing (a call that only reads)', async () => {
    const { store, file, logBytes } = givenFileStorage(1);
    const other = anotherWriter(file);
    other.addUser('ana');
    const before = logBytes();
    expect(await store.write(userCount)).toBe(1);
    await store.write(userCount);
    // A checkpoint would run in the queue before this read.
    await store.read(userCount);
    // Had the empty commit copied the log back, this write would start the log over.
    other.addUser('bo');
    other.close();
    expect(logBytes()).toBeGreaterThan(before);
  });

  it('never checkpoints after a call that only reads, following a write that was rolled back', async () => {
    const { store, file, logBytes } = givenFileStorage(1);
    const other = anotherWriter(file);
    other.addUser('ana');
    const before = logBytes();
    const refused = store.write(async (tx) => {
      await addUser(tx, 'rolled-back');
      throw new Error('refused after its insert');
    });
    await expect(refused).rejects.toThrow('refused after its insert');
    expect(await store.write(userCount)).toBe(1);
    await store.read(userCount);
    other.addUser('bo');
    other.close();
    expect(logBytes()).toBeGreaterThan(before);
  });
});
