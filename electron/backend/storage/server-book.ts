/**
 * A server book's storage, usable at once: calls wait until the book is open (connected,
 * migrated, bootstrapped), and every call answers the typed refusal when it could not be opened.
 * Bootstrapping is the file's (index.ts) in portable queries: the settings row, the first user
 * `admin` on a new book, and the append-only and integrity triggers checked (restore-triggers).
 */
import { count } from 'drizzle-orm';
import { DEFAULT_ADMIN_ID } from '../context.ts';
import { settings, users } from '../db/schema.ts';
import type { Storage, Tx } from './storage.ts';

export function openServerStorage(
  databaseUrl: string,
  nowAt: string,
): { storage: Storage; opened: Promise<unknown> } {
  let closed = false;
  const opening = openWithModules(databaseUrl).then(async ({ pool, pgStorage }) => {
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

/**
 * pg, drizzle's PostgreSQL half and the server book's code load when a server book is opened,
 * never for a ledger file (they would add some 60 MB to every desktop process).
 */
async function openWithModules(databaseUrl: string) {
  const { openServerBook } = await import('../db/pg/open.ts');
  const { pgStorage } = await import('./pg-storage.ts');
  return { pool: await openServerBook({ databaseUrl }), pgStorage };
}

async function bootstrap(tx: Tx, nowAt: string): Promise<void> {
  const { restoreServerTriggers } = await import('../db/pg/triggers.ts');
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
