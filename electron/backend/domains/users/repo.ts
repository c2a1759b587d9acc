/** People's rows: written once, their PIN replaced, listed in the order they were added. */
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { users } from '../../db/schema.ts';
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
