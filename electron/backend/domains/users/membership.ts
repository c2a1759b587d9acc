/**
 * Renaming someone, changing their role, and removing them (`users.update`, `users.remove`).
 * Rules: the file always keeps an active admin; nobody removes themselves; the file's first user
 * (who acts when a call names nobody, and signs people in) cannot be removed; a removed person is
 * never changed again. Removed people stay on file, so history keeps their names.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Role, User, UserRecord } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import { DEFAULT_ADMIN_ID, type Context } from '../../context.ts';
import { users } from '../../db/schema.ts';
import type { Handler } from '../../handler.ts';
import { requireReason } from '../require.ts';
import { requireNotRemoved, requireUser, toUser, toUserRecord, type UserRow } from './rows.ts';

function otherActiveAdmins(ctx: Context, userId: string): number {
  const row = ctx.db
    .select({ count: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.removedAt), ne(users.id, userId)))
    .get();
  return row?.count ?? 0;
}

function requireAnotherAdmin(ctx: Context, row: UserRow, nextRole: Role | null, field: string) {
  if (row.role !== 'admin' || nextRole === 'admin') return;
  if (otherActiveAdmins(ctx, row.id) > 0) return;
  throw new AppError(
    'CONFLICT',
    `${row.name} is the only admin: make someone else an admin first`,
    field,
  );
}

/** Errors in order: NOT_FOUND, CONFLICT (removed; the last admin would go). */
export const update: Handler<'users.update'> = (input, ctx) => {
  const row = requireUser(ctx, input.userId);
  requireNotRemoved(row);
  const next: UserRow = { ...row, name: input.name ?? row.name, role: input.role ?? row.role };
  requireAnotherAdmin(ctx, row, next.role, 'role');
  ctx.db.update(users).set({ name: next.name, role: next.role }).where(eq(users.id, row.id)).run();
  const user: User = toUser(next);
  writeAudit(ctx, {
    action: 'users.update',
    entityType: 'user',
    entityId: row.id,
    before: { name: row.name, role: row.role },
    after: { name: user.name, role: user.role },
  });
  return user;
};

/** Errors in order: REASON_REQUIRED, NOT_FOUND, CONFLICT (removed; yourself; first; last admin). */
export const remove: Handler<'users.remove'> = (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = requireUser(ctx, input.userId);
  requireNotRemoved(row);
  if (row.id === ctx.actor.id) {
    throw new AppError('CONFLICT', 'You cannot remove yourself', 'userId');
  }
  if (row.id === DEFAULT_ADMIN_ID) {
    throw new AppError(
      'CONFLICT',
      `${row.name} is the file's first user and cannot be removed: rename them instead`,
      'userId',
    );
  }
  requireAnotherAdmin(ctx, row, null, 'userId');
  const removed: UserRow = { ...row, removedAt: ctx.nowAt };
  ctx.db.update(users).set({ removedAt: removed.removedAt }).where(eq(users.id, row.id)).run();
  const record: UserRecord = toUserRecord(removed);
  writeAudit(ctx, {
    action: 'users.remove',
    entityType: 'user',
    entityId: row.id,
    reason,
    before: toUserRecord(row),
    after: record,
  });
  return record;
};
