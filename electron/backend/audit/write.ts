/**
 * Writes audit events: who did what to which record, why, and the state before and after. Events
 * form one hash chain in the order they were written.
 */
import { desc, getTableColumns, sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { auditEvents } from '../db/schema.ts';
import { chainHash, newId } from '../ledger/hash.ts';

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
};

export type AuditRow = typeof auditEvents.$inferSelect;

export async function writeAudit(ctx: Context, input: AuditInput): Promise<void> {
  const queries = ctx.tx.prepared('audit', prepareAuditQueries);
  const last = await ctx.tx.get(queries.lastHash);
  await ctx.tx.run(queries.insert, auditEvent(ctx, input, last?.hash ?? ''));
}

/** The two queries every audit event runs, prepared once per storage. */
export function prepareAuditQueries(db: Db) {
  const columns = Object.keys(getTableColumns(auditEvents)).filter((key) => key !== 'seq');
  const values = Object.fromEntries(columns.map((key) => [key, sql.placeholder(key)]));
  return {
    lastHash: db
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.seq))
      .limit(1)
      .prepare(),
    insert: db
      .insert(auditEvents)
      .values(values as never)
      .prepare(),
  };
}

/** The event `input` becomes after the event whose hash is `prevHash`. */
export function auditEvent(
  ctx: Pick<Context, 'nowAt' | 'actor'>,
  input: AuditInput,
  prevHash: string,
): Omit<AuditRow, 'seq'> {
  const fields = {
    id: newId('aud'),
    at: ctx.nowAt,
    actorId: ctx.actor.id,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    reason: input.reason ?? null,
    beforeJson: input.before === undefined ? null : JSON.stringify(input.before),
    afterJson: input.after === undefined ? null : JSON.stringify(input.after),
    prevHash,
  };
  return { ...fields, hash: auditHash(fields) };
}

export function auditHash(event: Omit<AuditRow, 'seq' | 'hash'>): string {
  return chainHash(event.prevHash, [
    event.id,
    event.at,
    event.actorId,
    event.action,
    event.entityType,
    event.entityId,
    event.reason,
    event.beforeJson,
    event.afterJson,
  ]);
}
