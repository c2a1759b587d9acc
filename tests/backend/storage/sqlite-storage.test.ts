/**
 * Proves the SQLite store's transactions: work that throws leaves nothing, a KeptRefusal keeps
 * what was written before it and still reaches the caller, two pieces of work started at
 * once never interleave even though each awaits between its queries, `hold` (an import
 * writing through a worker's connection) keeps every other transaction out until it ends, and a
 * call that the book's closing overtakes is refused, never a crash.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../../electron/backend/db/open.ts';
import { KeptRefusal } from '../../../electron/backend/kept-refusal.ts';
import { sqliteStorage } from '../../../electron/backend/storage/sqlite-storage.ts';
import type { Storage, Tx } from '../../../electron/backend/storage/storage.ts';
import type { FileStorage } from '../../../electron/backend/storage/sqlite-storage.ts';

let storage: Storage | undefined;

afterEach(() => {
  storage?.close();
});

function givenStorage(): FileStorage {
  const store = sqliteStorage(openDatabase(':memory:', DEFAULT_MIGRATIONS_FOLDER));
  storage = store;
  return store;
}

const addUser = (tx: Tx, id: string) =>
  tx.run(sql`INSERT INTO users (id, name, role, created_at) VALUES (${id}, ${id}, 'viewer', '')`);

const userCount = async (tx: Tx) =>
  (await tx.get<{ count: number }>(sql`SELECT COUNT(*) AS count FROM users`))?.count;

describe('the SQLite storage', () => {
  it('rolls back work that throws, and passes the error on', async () => {
    const store = givenStorage();
    const failing = store.write(async (tx) => {
      await addUser(tx, 'ana');
      throw new AppError('CONFLICT', 'no');
    });
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await store.read(userCount)).toBe(0);
  });

  it('commits what came before a KeptRefusal, then passes it on', async () => {
    const store = givenStorage();
    const refused = store.write(async (tx) => {
      await addUser(tx, 'ana');
      throw new KeptRefusal('FORBIDDEN', 'kept', 'pin');
    });
    await expect(refused).rejects.toBeInstanceOf(KeptRefusal);
    expect(await store.read(userCount)).toBe(1);
  });

  it('runs work started at once one after the other, never interleaved', async () => {
    const store = givenStorage();
    const seen: (number | undefined)[] = [];
    const first = store.write(async (tx) => {
      await addUser(tx, 'ana');
      await Promise.resolve();
      await addUser(tx, 'bo');
    });
    const second = store.read(async (tx) => {
      seen.push(await userCount(tx));
    });
    await Promise.all([first, second]);
    expect(seen).toEqual([2]);
  });

  it('keeps every other transaction out while held, and runs them after', async () => {
    const store = givenStorage();
    const order: string[] = [];
    let release = () => {};
    const held = store.hold(async () => {
      order.push('held');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      order.push('released');
      return 'done';
    });
    const write = store.write(async (tx) => {
      order.push('write');
      await addUser(tx, 'ana');
    });
    const read = store.read(async (tx) => {
      order.push('read');
      return userCount(tx);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['held']);
    release();
    expect(await held).toBe('done');
    expect(await read).toBe(1);
    await write;
    expect(order).toEqual(['held', 'released', 'write', 'read']);
  });

  it('refuses calls still queued when the book closes, and one closed under its work', async () => {
    const store = givenStorage();
    let release = () => {};
    const running = store.write(async (tx) => {
      await addUser(tx, 'ana');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return userCount(tx);
    });
    const queued = store.read(userCount);
    await new Promise((resolve) => setImmediate(resolve));
    store.close();
    release();
    const closed = { code: 'CONFLICT', message: 'This book was closed: open it again to go on.' };
    await expect(running).rejects.toMatchObject(closed);
    await expect(queued).rejects.toMatchObject(closed);
    await expect(store.write(userCount)).rejects.toBeInstanceOf(AppError);
  });
});
