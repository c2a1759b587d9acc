/**
 * The head of the audit chain: the newest event's sequence number and hash. A head recorded
 * outside the ledger file (a backup's metadata, an export) proves later that the chain still
 * holds that event: a book whose newest events were deleted no longer contains it. Reads only.
 */
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { AuditHead } from '../../../shared/contract/types.ts';
import type { Tx } from '../storage/storage.ts';

export type ChainHead = AuditHead;

/** The newest audit event, or null for a book with no events yet. */
export function readChainHead(sqlite: Database.Database): ChainHead | null {
  const row = sqlite
    .prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')
    .get() as ChainHead | undefined;
  return row ?? null;
}

/** The same, read through the storage (either store): for the engine's own calls. */
export async function readChainHeadOf(tx: Tx): Promise<ChainHead | null> {
  const row = await tx.get<ChainHead>(
    sql`SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
  );
  return row ?? null;
}

export type ChainHeadCheck = 'present' | 'missing' | 'different';

/**
 * Whether `head` is still in the chain: `missing` when no event has its number any more (the tail
 * was cut), `different` when the event there has another hash (the chain was rewritten).
 */
export function checkChainHead(sqlite: Database.Database, head: ChainHead): ChainHeadCheck {
  const row = sqlite.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(head.seq) as
    { hash: string } | undefined;
  if (row === undefined) return 'missing';
  return row.hash === head.hash ? 'present' : 'different';
}

/** The same check, through the storage (either store): for the engine's own calls. */
export async function checkChainHeadOf(tx: Tx, head: ChainHead): Promise<ChainHeadCheck> {
  const row = await tx.get<{ hash: string }>(
    sql`SELECT hash FROM audit_events WHERE seq = ${head.seq}`,
  );
  if (row === undefined) return 'missing';
  return row.hash === head.hash ? 'present' : 'different';
}
