/**
 * Writes audit events: who did what to which record, why, and the state before and after. Events
 * form one hash chain in the order they were written.
 */
import type { Context } from '../context.ts';
import type { auditEvents } from '../db/schema.ts';
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
  const last = await ctx.tx.get(ctx.tx.hot.lastAuditHash);
  await ctx.tx.run(ctx.tx.hot.insertAudit, auditEvent(ctx, input, last?.hash ?? ''));
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
