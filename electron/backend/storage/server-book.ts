/**
 * A server book's storage, usable at once: calls wait until the book is open (connected,
 * migrated, bootstrapped), and every call answers the typed refusal when it could not be opened.
 * Bootstrapping is the file's (index.ts) in portable queries: the settings row, the first user
 * `admin` on a new book, and the append-only and integrity triggers checked (restore-triggers).
 */
import { count } from 'drizzle-orm';
import { DEFAULT_ADMIN_ID } from '../context.ts';
import { openServerBook } from '../db/pg/open.ts';
import { settings, users } from '../db/schema.ts';
import { restoreServerTriggers } from '../db/pg/triggers.ts';
import { pgStorage } from './pg-storage.ts';
import type { Storage, Tx } from './storage.ts';

export function openServerStorage(
  databaseUrl: string,
  nowAt: string,
): { storage: Storage; opened: Promise<unknown> } {
  let closed = false;
  const opening = openServerBook({ databaseUrl }).then(async (pool) => {
    const storage = pgStorage(pool);
    if (closed) {
      storage.close();
      return storage;
    }
    await storage.write((tx) => bootstrap(tx, nowAt));
    return storage;
  });
  opening.catch(() => undefined);
  const storage: Storage = {
    read: async (work) => (await opening).read(work),
    write: async (work) => (await opening).write(work),
    readFirst: async (work) => (await opening).readFirst(work),
    close: () => {
      closed = true;
      void opening
        .then((opened) => {
          opened.close();
        })
        .catch(() => undefined);
    },
  };
  return { storage, opened: opening };
}

async function bootstrap(tx: Tx, nowAt: string): Promise<void> {
  await restoreServerTriggers(tx, nowAt);
  await tx.run(tx.db.insert(settings).values({ id: 1, updatedAt: nowAt }).onConflictDoNothing());
  const userCount = await tx.get(tx.db.select({ count: count() }).from(users));
  if (userCount?.count === 0) {
    await tx.run(
      tx.db
        .insert(users)
        .values({ id: DEFAULT_ADMIN_ID, name: 'admin', role: 'admin', createdAt: nowAt }),
    );
  }
}
