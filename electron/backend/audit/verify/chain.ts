/**
 * The audit log's hash chain, in one pass: each event continues the one before and matches its
 * hash. The chain's tail can only be checked against heads recorded outside the file (a backup's
 * metadata): each must still be in the chain. Events that name a ledger entry or a lot must find
 * it still there, so deleting a customer's newest entry (with its lot) is caught.
 */
import type Database from 'better-sqlite3';
import { checkChainHead, type ChainHead } from '../chain-head.ts';
import { GRANT_RECORD } from '../records.ts';
import { auditHash, type AuditRow } from '../write.ts';
import type { Report } from './report.ts';

const AUDIT_COLUMNS = `seq, id, at, actor_id AS actorId, action, entity_type AS entityType,
  entity_id AS entityId, reason, before_json AS beforeJson, after_json AS afterJson,
  prev_hash AS prevHash, hash`;

export function verifyAuditChain(sqlite: Database.Database, report: Report): void {
  const events = sqlite
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY seq`)
    .iterate() as IterableIterator<AuditRow>;
  let hash = '';
  for (const event of events) {
    report.checked += 1;
    const where = `audit event ${event.id} (#${event.seq})`;
    if (event.prevHash !== hash) report.add(`${where}: does not continue the chain before it`);
    if (auditHash(event) !== event.hash) report.add(`${where}: contents do not match its hash`);
    hash = event.hash;
  }
}

export function verifyKnownHeads(
  sqlite: Database.Database,
  heads: readonly ChainHead[],
  report: Report,
): void {
  for (const head of heads) {
    const found = checkChainHead(sqlite, head);
    if (found === 'missing') {
      report.add(
        `audit event #${head.seq}: a recorded head of the chain is gone (its tail was cut)`,
      );
    } else if (found === 'different') {
      report.add(`audit event #${head.seq}: differs from the recorded head of the chain`);
    }
  }
}

const ENTRY_NAMED = `CASE WHEN json_valid(v.after_json)
  THEN json_extract(v.after_json, '$.entryId') END`;

export function verifyNamedRecords(sqlite: Database.Database, report: Report): void {
  const lostEntries = sqlite
    .prepare(
      `SELECT v.id, v.seq, ${ENTRY_NAMED} AS entryId FROM audit_events v
       WHERE ${ENTRY_NAMED} IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.id = ${ENTRY_NAMED})`,
    )
    .all() as { id: string; seq: number; entryId: unknown }[];
  for (const event of lostEntries) {
    report.add(
      `ledger entry ${String(event.entryId)}: named by audit event ${event.id} ` +
        `(#${event.seq}) but missing`,
    );
  }
  const lostLots = sqlite
    .prepare(
      `SELECT v.id, v.seq, v.entity_id AS grantId FROM audit_events v
       WHERE v.entity_type = ? AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.id = v.entity_id)`,
    )
    .all(GRANT_RECORD.entityType) as { id: string; seq: number; grantId: string }[];
  for (const event of lostLots) {
    report.add(
      `grant ${event.grantId}: recorded by audit event ${event.id} (#${event.seq}) but missing`,
    );
  }
}
