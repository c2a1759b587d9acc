/** The audit log's page query and the book's verification, which reads the file raw. */
import { and, desc, eq, lt, notInArray } from 'drizzle-orm';
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

/** Newest first, one more than the limit (so the caller knows whether a next page exists). */
export function auditPage(ctx: Context, page: AuditPage) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          page.entityType
            ? eq(auditEvents.entityType, page.entityType)
            : notInArray(auditEvents.entityType, [...RECORD_ENTITY_TYPES]),
          page.entityId ? eq(auditEvents.entityId, page.entityId) : undefined,
          page.actorId ? eq(auditEvents.actorId, page.actorId) : undefined,
          page.beforeSeq === undefined ? undefined : lt(auditEvents.seq, page.beforeSeq),
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(page.limit + 1),
  );
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
