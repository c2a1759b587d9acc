/** Handlers of the `users.*` channels. PINs are kept only as salted scrypt hashes. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../shared/errors.ts';
import type { User } from '../../../../shared/contract/types.ts';
import { writeAudit } from '../../audit/write.ts';
import { users } from '../../db/schema.ts';
import type { Context } from '../../context.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { newId } from '../../ledger/hash.ts';

type UserRow = typeof users.$inferSelect;

export function hashPin(pin: string): string {
  const salt = randomBytes(16).toString('hex');
  return `scrypt$${salt}$${scryptSync(pin, salt, 32).toString('hex')}`;
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    hasPin: row.pinHash !== null,
    createdAt: row.createdAt,
  };
}

const create: Handler<'users.create'> = (input, ctx) => {
  const row: UserRow = {
    id: newId('usr'),
    name: input.name,
    role: input.role,
    pinHash: input.pin === undefined ? null : hashPin(input.pin),
    createdAt: ctx.nowAt,
  };
  ctx.db.insert(users).values(row).run();
  const user = toUser(row);
  writeAudit(ctx, { action: 'users.create', entityType: 'user', entityId: row.id, after: user });
  return user;
};

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(pin, salt, expected.length);
  return timingSafeEqual(actual, expected);
}

/** An admin resets a forgotten PIN, or removes one; the PIN itself is never logged. */
const setPin: Handler<'users.setPin'> = (input, ctx) => {
  const row = requireUser(ctx, input.userId);
  const next = { ...row, pinHash: input.pin === null ? null : hashPin(input.pin) };
  ctx.db.update(users).set({ pinHash: next.pinHash }).where(eq(users.id, row.id)).run();
  const user = toUser(next);
  writeAudit(ctx, {
    action: 'users.setPin',
    entityType: 'user',
    entityId: row.id,
    before: { hasPin: row.pinHash !== null },
    after: { hasPin: user.hasPin },
  });
  return user;
};

function requireUser(ctx: Context, userId: string): UserRow {
  const row = ctx.db.select().from(users).where(eq(users.id, userId)).get();
  if (!row) throw new AppError('NOT_FOUND', `No user ${userId}`, 'userId');
  return row;
}

/** Errors: NOT_FOUND (no such user), FORBIDDEN (a PIN is set and this one does not match). */
const signIn: Handler<'users.signIn'> = (input, ctx) => {
  const row = requireUser(ctx, input.userId);
  if (row.pinHash !== null && !pinMatches(input.pin ?? '', row.pinHash)) {
    throw new AppError('FORBIDDEN', 'That PIN is not right', 'pin');
  }
  return toUser(row);
};

const list: Handler<'users.list'> = (_input, ctx) =>
  ctx.db
    .select()
    .from(users)
    .orderBy(asc(users.createdAt), sql`rowid`)
    .all()
    .map(toUser);

export const userHandlers: HandlerMap<
  'users.create' | 'users.list' | 'users.signIn' | 'users.setPin'
> = {
  'users.create': create,
  'users.setPin': setPin,
  'users.list': list,
  'users.signIn': signIn,
};
