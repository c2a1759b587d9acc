/**
 * Puts back, when the engine opens a file, the append-only and integrity triggers it lacks or
 * holds changed (any tool that opened the file raw may have dropped them), and records that it did
 * in the audit log, so verification can tell the bookkeeper the file was once unprotected.
 */
import type Database from 'better-sqlite3';
import type { Connection } from '../db/open.ts';
import { restoreTriggers, triggersToRestore } from '../db/triggers.ts';
import type { AuditInput } from './write.ts';

export const TRIGGERS_RESTORED = { action: 'book.triggersRestored', entityType: 'book' } as const;

/**
 * Runs inside the caller's transaction, synchronously: it is part of opening the file, before the
 * storage serves any call. Returns the names put back.
 */
export function restoreMissingTriggers(
  connection: Connection,
  record: (event: AuditInput) => void,
): string[] {
  const { sqlite, triggers } = connection;
  const names = triggersToRestore(sqlite, triggers);
  if (names.length === 0) return names;
  restoreTriggers(sqlite, triggers, names);
  record({ ...TRIGGERS_RESTORED, entityId: 'triggers', after: { triggers: names } });
  return names;
}

export type RestoredTriggers = { id: string; seq: number; at: string; afterJson: string | null };

export function restoredTriggerEvents(sqlite: Database.Database): RestoredTriggers[] {
  return sqlite
    .prepare(
      `SELECT id, seq, at, after_json AS afterJson FROM audit_events
       WHERE entity_type = ? AND action = ? ORDER BY seq`,
    )
    .all(TRIGGERS_RESTORED.entityType, TRIGGERS_RESTORED.action) as RestoredTriggers[];
}
