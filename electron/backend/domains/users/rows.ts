/** A user's row and how the contract shows it. */
import type { User, UserRecord } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { Context } from '../../context.ts';
import { users } from '../../db/schema.ts';
import { findUser } from './repo.ts';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    hasPin: row.pinHash !== null,
    createdAt: row.createdAt,
  };
}

export function toUserRecord(row: UserRow): UserRecord {
  return { ...toUser(row), removedAt: row.removedAt };
}

export async function requireUser(ctx: Context, userId: string): Promise<UserRow> {
  const row = await findUser(ctx, userId);
  if (!row) throw new AppError('NOT_FOUND', `No user ${userId}`, 'userId');
  return row;
}

/** A removed person is never changed again. */
export function requireNotRemoved(row: UserRow): void {
  if (row.removedAt !== null) {
    throw new AppError('CONFLICT', `${row.name} was removed on ${row.removedAt}`, 'userId');
  }
}
