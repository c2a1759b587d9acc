/**
 * Proves a query over a list of ids is prepared once per padded size and reused, and that
 * padding a list by repeating its last id gives each row once.
 */
import { inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../../electron/backend/db/open.ts';
import { users } from '../../../electron/backend/db/schema.ts';
import { allForIds, IDS_PER_QUERY, slotsFor } from '../../../electron/backend/storage/id-list.ts';
import { sqliteStorage } from '../../../electron/backend/storage/sqlite-storage.ts';
import type { Storage } from '../../../electron/backend/storage/storage.ts';

let storage: Storage | undefined;

afterEach(() => {
  storage?.close();
});

function givenUsers(ids: readonly string[]): Storage {
  const connection = openDatabase(':memory:', DEFAULT_MIGRATIONS_FOLDER);
  const insert = connection.sqlite.prepare(
    "INSERT INTO users (id, name, role, created_at) VALUES (?, ?, 'viewer', '')",
  );
  for (const id of ids) insert.run(id, `User ${id}`);
  storage = sqliteStorage(connection);
  return storage;
}

describe('queries over a list of ids', () => {
  it('pads a list to the next power of two', () => {
    expect([1, 2, 3, 4, 5, 50, 64, 65, 500].map(slotsFor)).toEqual([
      1, 2, 4, 4, 8, 64, 64, 128, 512,
    ]);
  });

  it('gives each row once though the padding repeats the last id, and none for no ids', async () => {
    const store = givenUsers(['u1', 'u2', 'u3', 'u4', 'u5']);
    const rows = await store.read((tx) =>
      allForIds(tx, 'test.users', ['u2', 'u5', 'u3'], (db, slots) =>
        db.select({ id: users.id }).from(users).where(inArray(users.id, slots)).prepare(),
      ),
    );
    expect(rows.map((row) => row.id).sort()).toEqual(['u2', 'u3', 'u5']);
    const none = await store.read((tx) =>
      allForIds(tx, 'test.none', [], () => expect.fail('no query is built for no ids')),
    );
    expect(none).toEqual([]);
  });

  it('prepares a query once per padded size and reuses it', async () => {
    const store = givenUsers(['u1', 'u2', 'u3', 'u4', 'u5']);
    const sizes: number[] = [];
    const byIds = (ids: string[]) =>
      store.read((tx) =>
        allForIds(tx, 'test.counted', ids, (db, slots) => {
          sizes.push(slots.length);
          return db.select({ id: users.id }).from(users).where(inArray(users.id, slots)).prepare();
        }),
      );
    expect(await byIds(['u1', 'u2', 'u3'])).toHaveLength(3);
    expect(await byIds(['u1', 'u2', 'u3', 'u4'])).toHaveLength(4);
    expect(await byIds(['u4', 'u5', 'u1'])).toHaveLength(3);
    expect(await byIds(['u1', 'u2', 'u3', 'u4', 'u5'])).toHaveLength(5);
    expect(sizes).toEqual([4, 8]);
  });
});

describe('a list longer than one query binds', () => {
  it('is read in slices, each id once', async () => {
    const ids = Array.from({ length: IDS_PER_QUERY + 88 }, (_, index) => `u${index}`);
    const store = givenUsers(ids);
    const sizes: number[] = [];
    const rows = await store.read((tx) =>
      allForIds(tx, 'test.sliced', [...ids, 'u1'], (db, slots) => {
        sizes.push(slots.length);
        return db.select({ id: users.id }).from(users).where(inArray(users.id, slots)).prepare();
      }),
    );
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(sizes).toEqual([IDS_PER_QUERY, 128]);
  });
});
