/**
 * Audit records of what no other hashed row holds. A lot's kind, expiry and original amount are
 * not in its entry's hash, and a request record (the first result a repeated `requestId` gets
 * back) is in no chain at all; each gets its own audit event when it is written, so verification
 * can check the row against the hash-chained audit log. These are bookkeeping for verification:
 * `audit.list` leaves them out unless asked for their entity type.
 */
import { hash } from 'node:crypto';
import type { Context } from '../context.ts';
import { writeAudit } from './write.ts';

export const GRANT_RECORD = { action: 'grant.recorded', entityType: 'grant' } as const;
export const REQUEST_RECORD = { action: 'request.recorded', entityType: 'request' } as const;
export const RECORD_ENTITY_TYPES: readonly string[] = [
  GRANT_RECORD.entityType,
  REQUEST_RECORD.entityType,
];

export type GrantRecord = {
  entryId: string;
  kind: string;
  originalMinor: number;
  expiresOn: string | null;
};

export type RequestRecord = {
  channel: string;
  actorId: string;
  inputHash: string;
  resultHash: string;
};

export async function recordGrant(
  ctx: Context,
  grantId: string,
  grant: GrantRecord,
): Promise<void> {
  await writeAudit(ctx, { ...GRANT_RECORD, entityId: grantId, after: grant });
}

export async function recordRequest(
  ctx: Context,
  requestId: string,
  request: RequestRecord,
): Promise<void> {
  await writeAudit(ctx, { ...REQUEST_RECORD, entityId: requestId, after: request });
}

/** The digest of a stored result, as the request record keeps it. */
export function resultHash(resultJson: string): string {
  return hash('sha256', resultJson, 'hex');
}
