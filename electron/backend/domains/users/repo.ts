/**
 * People's rows: written once, found by id, their PIN, name, role or removal replaced, listed in
 * the order they were added; and the sign-in lock's rows (each person's count, the back-off).
 */
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { pinAttempts, pinBackoff, users } from '../../db/schema.ts';
import type { UserRow } from './rows.ts';

export async function insertUser(ctx: Context, row: UserRow): Promise<void> {
  await ctx.tx.run(ctx.tx.db.insert(users).values(row));
}

export async function savePinHash(ctx: Context, userId: string, pinHash: string | null) {
  await ctx.tx.run(ctx.tx.db.update(users).set({ pinHash }).where(eq(users.id, userId)));
}

/** Everyone ever added (removed people included) when `withRemoved`, else who may sign in. */
export function listUsers(ctx: Context, withRemoved: boolean): Promise<UserRow[]> {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(users)
      .where(withRemoved ? undefined : isNull(users.removedAt))
      .orderBy(asc(users.createdAt), sql`rowid`),
  );
}

export function findUser(ctx: Context, userId: string): Promise<UserRow | undefined> {
  return ctx.tx.get(ctx.tx.db.select().from(users).where(eq(users.id, userId)));
}

/** Admins not removed, other than this person. */
export async function countOtherActiveAdmins(ctx: Context, userId: string): Promise<number> {
  const row = await ctx.tx.get(
    ctx.tx.db
      .select({ count: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.removedAt), ne(users.id, userId))),
  );
  return row?.count ?? 0;
}

export async function saveNameAndRole(ctx: Context, next: UserRow): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db.update(users).set({ name: next.name, role: next.role }).where(eq(users.id, next.id)),
  );
}

export async function saveRemovedAt(ctx: Context, next: UserRow): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db.update(users).set({ removedAt: next.removedAt }).where(eq(users.id, next.id)),
  );
}

export type PinAttempts = { wrongCount: number; lockedUntil: string | null };

export function readPinAttempts(ctx: Context, userId: string) {
  return ctx.tx.get(
    ctx.tx.db
      .select({ wrongCount: pinAttempts.wrongCount, lockedUntil: pinAttempts.lockedUntil })
      .from(pinAttempts)
      .where(eq(pinAttempts.userId, userId)),
  );
}

export async function savePinAttempts(ctx: Context, next: PinAttempts & { userId: string }) {
  await ctx.tx.run(
    ctx.tx.db
      .insert(pinAttempts)
      .values(next)
      .onConflictDoUpdate({ target: pinAttempts.userId, set: next }),
  );
}

export async function deletePinAttempts(ctx: Context, userId: string): Promise<void> {
  await ctx.tx.run(ctx.tx.db.delete(pinAttempts).where(eq(pinAttempts.userId, userId)));
}

/** The one back-off row's drain time, or null before the first wrong PIN. */
export async function readDrainedAt(ctx: Context, rowId: number): Promise<string | null> {
  const row = await ctx.tx.get(
    ctx.tx.db
      .select({ drainedAt: pinBackoff.drainedAt })
      .from(pinBackoff)
      .where(eq(pinBackoff.id, rowId)),
  );
  return row?.drainedAt ?? null;
}

export async function saveBackoff(ctx: Context, backoff: { id: number; drainedAt: string }) {
  await ctx.tx.run(
    ctx.tx.db
      .insert(pinBackoff)
      .values(backoff)
      .onConflictDoUpdate({ target: pinBackoff.id, set: backoff }),
  );
}
