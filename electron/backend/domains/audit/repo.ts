/** The audit log's page query and the book's verification, which reads the file raw. */
import { and, desc, eq, lt, notInArray, sql } from 'drizzle-orm';
import type { AuditHead } from '../../../../shared/contract/types.ts';
import { RECORD_ENTITY_TYPES } from '../../audit/records.ts';
import { verifyAll } from '../../audit/verify.ts';
import type { Context } from '../../context.ts';
import { auditEvents } from '../../db/schema.ts';

export type AuditPage = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  beforeSeq?: number;
  limit: number;
};

const p = (name: string) => sql.placeholder(name);

/**
 * Newest first, one more than the limit (so the caller knows whether a next page exists).
 * Prepared once for each set of filters a page uses, not built per page.
 */
export function auditPage(ctx: Context, page: AuditPage) {
  const { entityType, entityId, actorId, beforeSeq } = page;
  const filters = [!!entityType, !!entityId, !!actorId, beforeSeq !== undefined];
  const used = filters.map((on) => (on ? '+' : '-'));
  const query = ctx.tx.prepared(`audit.page/${used.join('')}`, (db) =>
    db
      .select()
      .from(auditEvents)
      .where(
        and(
          entityType
            ? eq(auditEvents.entityType, p('entityType'))
            : notInArray(auditEvents.entityType, [...RECORD_ENTITY_TYPES]),
          entityId ? eq(auditEvents.entityId, p('entityId')) : undefined,
          actorId ? eq(auditEvents.actorId, p('actorId')) : undefined,
          beforeSeq === undefined ? undefined : lt(auditEvents.seq, p('beforeSeq')),
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(p('limit'))
      .prepare(),
  );
  return ctx.tx.all(query, { entityType, entityId, actorId, beforeSeq, limit: page.limit + 1 });
}

/**
 * Verification reads the file raw (storage/storage.ts: `sqlite`), inside this call's transaction;
 * a server book, a copy of it in memory taken in this call's transaction, and its triggers on the
 * server.
 */
export async function verifyBook(ctx: Context, knownHeads: readonly AuditHead[]) {
  if (ctx.tx.store === 'sqlite') {
    return verifyAll(ctx.tx.sqlite, {
      triggers: ctx.tx.triggers,
      knownHeads: [...knownHeads],
      timeZone: ctx.timeZone,
    });
  }
  // Loaded here, on a server book's first verification: a ledger file never needs pg's modules.
  const { serverTriggersToRestore } = await import('../../db/pg/triggers.ts');
  const { copyServerBook } = await import('../../db/pg/snapshot.ts');
  const missingTriggers = await serverTriggersToRestore(ctx.tx);
  const copy = await copyServerBook(ctx.tx);
  try {
    return verifyAll(copy, {
      missingTriggers,
      knownHeads: [...knownHeads],
      timeZone: ctx.timeZone,
    });
  } finally {
    copy.close();
  }
}
