/**
 * Handlers of the `audit.*` channels: the log, newest first (without the lots' and requests'
 * records unless their entity type is asked for), and the verification.
 */
import type { AuditEvent } from '../../../../shared/contract/types.ts';
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import type { AuditRow } from '../../audit/write.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';
import { auditPage, verifyBook } from './repo.ts';

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    reason: row.reason,
    before: row.beforeJson === null ? null : (JSON.parse(row.beforeJson) as unknown),
    after: row.afterJson === null ? null : (JSON.parse(row.afterJson) as unknown),
  };
}

const list: Handler<'audit.list'> = async (input, ctx) => {
  const limit = input.limit ?? PAGE_LIMIT_DEFAULT;
  const before = decodeCursor(input.cursor, ['number']);
  const rows = await auditPage(ctx, {
    ...(input.entityType ? { entityType: input.entityType } : {}),
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(before ? { beforeSeq: before[0] } : {}),
    limit,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toAuditEvent),
    nextCursor: rows.length > limit && last ? encodeCursor([last.seq]) : null,
  };
};

const verify: Handler<'audit.verify'> = (input, ctx) => verifyBook(ctx, input?.knownHeads ?? []);

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify'> = {
  'audit.list': list,
  'audit.verify': verify,
};
