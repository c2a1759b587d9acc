/**
 * Handlers of the `audit.*` channels: the log, newest first (without the lots' and requests'
 * records unless their entity type is asked for), and the verification.
 */
import { and, desc, eq, lt, notInArray } from 'drizzle-orm';
import type { AuditEvent } from '../../../../shared/contract/types.ts';
import { PAGE_LIMIT_DEFAULT } from '../../../../shared/contract/schemas/common.ts';
import { RECORD_ENTITY_TYPES } from '../../audit/records.ts';
import { verifyAll } from '../../audit/verify.ts';
import type { AuditRow } from '../../audit/write.ts';
import { auditEvents } from '../../db/schema.ts';
import type { Handler, HandlerMap } from '../../handler.ts';
import { decodeCursor, encodeCursor } from '../../paging.ts';

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
  const rows = await ctx.tx.all(
    ctx.tx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          input.entityType
            ? eq(auditEvents.entityType, input.entityType)
            : notInArray(auditEvents.entityType, [...RECORD_ENTITY_TYPES]),
          input.entityId ? eq(auditEvents.entityId, input.entityId) : undefined,
          input.actorId ? eq(auditEvents.actorId, input.actorId) : undefined,
          before ? lt(auditEvents.seq, before[0]) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(limit + 1),
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toAuditEvent),
    nextCursor: rows.length > limit && last ? encodeCursor([last.seq]) : null,
  };
};

/** Verification reads the file raw (storage/storage.ts: `sqlite`), inside this call's transaction. */
const verify: Handler<'audit.verify'> = (input, ctx) =>
  Promise.resolve(
    verifyAll(ctx.tx.sqlite, { triggers: ctx.tx.triggers, knownHeads: input?.knownHeads ?? [] }),
  );

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify'> = {
  'audit.list': list,
  'audit.verify': verify,
};
