/**
 * Handlers of the `users.*` channels. PINs are kept only as salted scrypt hashes, and every PIN
 * check goes through the sign-in lock (pin-lock.ts).
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { KeptRefusal } from '../../kept-refusal.ts';
import { newId } from '../../ledger/hash.ts';
import { remove, update } from './membership.ts';
import { insertUser, listUsers, savePinHash } from './repo.ts';
import { clearWrongPins, recordWrongPin, requirePinCheckAllowed } from './pin-lock.ts';
import { requireNotRemoved, requireUser, toUser, toUserRecord, type UserRow } from './rows.ts';

export function hashPin(pin: string): string {
  const salt = randomBytes(16).toString('hex');
  return `scrypt$${salt}$${scryptSync(pin, salt, 32).toString('hex')}`;
}

const create: Handler<'users.create'> = async (input, ctx) => {
  const row: UserRow = {
    id: newId('usr'),
    name: input.name,
    role: input.role,
    pinHash: input.pin === undefined ? null : hashPin(input.pin),
    createdAt: ctx.nowAt,
    removedAt: null,
  };
  await insertUser(ctx, row);
  const user = toUser(row);
  await writeAudit(ctx, {
    action: 'users.create',
    entityType: 'user',
    entityId: row.id,
    after: user,
  });
  return user;
};

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(pin, salt, expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * An admin resets a forgotten PIN, or removes one; the PIN itself is never logged. The reset
 * lifts that person's sign-in lock at once.
 */
const setPin: Handler<'users.setPin'> = async (input, ctx) => {
  const row = await requireUser(ctx, input.userId);
  requireNotRemoved(row);
  const next = { ...row, pinHash: input.pin === null ? null : hashPin(input.pin) };
  await savePinHash(ctx, row.id, next.pinHash);
  await clearWrongPins(ctx, row.id);
  const user = toUser(next);
  await writeAudit(ctx, {
    action: 'users.setPin',
    entityType: 'user',
    entityId: row.id,
    before: { hasPin: row.pinHash !== null },
    after: { hasPin: user.hasPin },
  });
  return user;
};

/**
 * Errors in order: NOT_FOUND (no such user), FORBIDDEN on `userId` (removed), FORBIDDEN on `pin`
 * (locked or backing off: the PIN is not even checked; then a wrong PIN, which is recorded toward
 * the lock although the call is refused). A right PIN clears the person's count. Someone without
 * a PIN has nothing to check and nothing to lock.
 */
const signIn: Handler<'users.signIn'> = async (input, ctx) => {
  const row = await requireUser(ctx, input.userId);
  if (row.removedAt !== null) {
    throw new AppError('FORBIDDEN', `${row.name} was removed and can no longer sign in`, 'userId');
  }
  if (row.pinHash === null) return toUser(row);
  await requirePinCheckAllowed(ctx, row.id);
  if (!pinMatches(input.pin ?? '', row.pinHash)) {
    await recordWrongPin(ctx, row.id);
    throw new KeptRefusal('FORBIDDEN', 'That PIN is not right', 'pin');
  }
  await clearWrongPins(ctx, row.id);
  return toUser(row);
};

/** The people who may sign in: removed people are left out. */
const list: Handler<'users.list'> = async (_input, ctx) =>
  (await listUsers(ctx, false)).map(toUser);

const listAll: Handler<'users.listAll'> = async (_input, ctx) =>
  (await listUsers(ctx, true)).map(toUserRecord);

export const userHandlers: HandlerMap<
  | 'users.create'
  | 'users.list'
  | 'users.listAll'
  | 'users.signIn'
  | 'users.setPin'
  | 'users.update'
  | 'users.remove'
> = {
  'users.create': create,
  'users.setPin': setPin,
  'users.update': update,
  'users.remove': remove,
  'users.list': list,
  'users.listAll': listAll,
  'users.signIn': signIn,
};
