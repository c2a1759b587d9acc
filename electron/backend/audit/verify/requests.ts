/**
 * Request records (the first result a repeated `requestId` gets back) against their audit
 * records, merged in one ordered pass over both: a record changed (channel, user, input or stored
 * result) or deleted is caught, and so is one inserted behind the engine's back once the book
 * keeps such records (requests stored before the first of them verify as they did).
 */
import type Database from 'better-sqlite3';
import { REQUEST_RECORD, resultHash } from '../records.ts';
import { parseObject, type Report } from './report.ts';

type StoredRequest = {
  requestId: string;
  actorId: string;
  channel: string;
  inputHash: string;
  resultJson: string;
  createdAt: string;
};

type RequestEvent = { requestId: string; at: string; afterJson: string | null };

export function verifyRequests(sqlite: Database.Database, report: Report): void {
  const first = sqlite
    .prepare('SELECT MIN(at) AS at FROM audit_events WHERE entity_type = ?')
    .get(REQUEST_RECORD.entityType) as { at: string | null };
  const stored = sqlite
    .prepare(
      `SELECT request_id AS requestId, actor_id AS actorId, channel, input_hash AS inputHash,
         result_json AS resultJson, created_at AS createdAt FROM requests ORDER BY request_id`,
    )
    .iterate() as IterableIterator<StoredRequest>;
  const recorded = sqlite
    .prepare(
      `SELECT entity_id AS requestId, at, after_json AS afterJson FROM audit_events
       WHERE entity_type = ? ORDER BY entity_id, seq`,
    )
    .iterate(REQUEST_RECORD.entityType) as IterableIterator<RequestEvent>;
  let event = recorded.next();
  for (const request of stored) {
    report.checked += 1;
    while (!event.done && event.value.requestId < request.requestId) {
      report.add(`request ${event.value.requestId}: recorded in the audit log but missing`);
      event = recorded.next();
    }
    if (event.done || event.value.requestId !== request.requestId) {
      if (first.at !== null && request.createdAt >= first.at) {
        report.add(`request ${request.requestId}: has no audit record`);
      }
      continue;
    }
    if (!matches(request, event.value)) {
      report.add(`request ${request.requestId}: differs from its audit record`);
    }
    event = recorded.next();
  }
  for (; !event.done; event = recorded.next()) {
    report.add(`request ${event.value.requestId}: recorded in the audit log but missing`);
  }
}

function matches(request: StoredRequest, event: RequestEvent): boolean {
  const record = parseObject(event.afterJson);
  return (
    record !== null &&
    record.channel === request.channel &&
    record.actorId === request.actorId &&
    record.inputHash === request.inputHash &&
    record.resultHash === resultHash(request.resultJson)
  );
}
