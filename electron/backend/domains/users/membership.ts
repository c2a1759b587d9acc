/**
 * Renaming someone, changing their role, and removing them (`users.update`, `users.remove`).
 * Rules: the file always keeps an active admin; nobody removes themselves; the file's first user
 * (who acts when a call names nobody, and signs people in) cannot be removed; a removed person is
 * never changed again. Removed people stay on file, so history keeps their names.
 */
import type { Role, User, UserRecord } from '../../../../shared/contract/types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { writeAudit } from '../../audit/write.ts';
import { DEFAULT_ADMIN_ID, type Context } from '../../context.ts';
import type { Handler } from '../../handler.ts';
import { requireReason } from '../../core/require.ts';
import { requireNotRemoved, requireUser, toUser, toUserRecord, type UserRow } from './rows.ts';
import { countOtherActiveAdmins, saveNameAndRole, saveRemovedAt } from './repo.ts';

async function requireAnotherAdmin(
  ctx: Context,
  row: UserRow,
  nextRole: Role | null,
  field: string,
) {
  if (row.role !== 'admin' || nextRole === 'admin') return;
  if ((await countOtherActiveAdmins(ctx, row.id)) > 0) return;
  throw new AppError(
    'CONFLICT',
    `${row.name} is the only admin: make someone else an admin first`,
    field,
  );
}

/** Errors in order: NOT_FOUND, CONFLICT (removed; the last admin would go). */
export const update: Handler<'users.update'> = async (input, ctx) => {
  const row = await requireUser(ctx, input.userId);
  requireNotRemoved(row);
  const next: UserRow = { ...row, name: input.name ?? row.name, role: input.role ?? row.role };
  await requireAnotherAdmin(ctx, row, next.role, 'role');
  await saveNameAndRole(ctx, next);
  const user: User = toUser(next);
  await writeAudit(ctx, {
    action: 'users.update',
    entityType: 'user',
    entityId: row.id,
    before: { name: row.name, role: row.role },
    after: { name: user.name, role: user.role },
  });
  return user;
};

/** Errors in order: REASON_REQUIRED, NOT_FOUND, CONFLICT (removed; yourself; first; last admin). */
export const remove: Handler<'users.remove'> = async (input, ctx) => {
  const reason = requireReason(input.reason);
  const row = await requireUser(ctx, input.userId);
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
  await requireAnotherAdmin(ctx, row, null, 'userId');
  const removed: UserRow = { ...row, removedAt: ctx.nowAt };
  await saveRemovedAt(ctx, removed);
  const record: UserRecord = toUserRecord(removed);
  await writeAudit(ctx, {
    action: 'users.remove',
    entityType: 'user',
    entityId: row.id,
    reason,
    before: toUserRecord(row),
    after: record,
  });
  return record;
};
