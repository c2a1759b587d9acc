/**
 * Proves that what an import wrote is history in SQLite itself: batch items are append-only, a
 * batch is never deleted, and it changes only once, when undone.
 */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { givenBackend } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { commit, CUSTOMERS, givenCsv, undo } from './given.ts';

it('refuses changing items, deleting batches and changing an undone batch', async () => {
  const dbPath = tempDbPath();
  const t = givenBackend({ dbPath });
  const batch = await commit(t, { path: givenCsv('c.csv', ...CUSTOMERS), kind: 'customers' });
  const raw = new Database(dbPath);
  try {
    for (const statement of [
      "UPDATE import_batch_items SET entity_id = 'x'",
      'DELETE FROM import_batch_items',
      'DELETE FROM import_batches',
      'UPDATE import_batches SET row_count = 9',
    ]) {
      expect(() => raw.exec(statement), statement).toThrow(/append-only|never deleted|undone/);
    }
  } finally {
    raw.close();
  }
  await undo(t, batch.id);
  const again = new Database(dbPath);
  try {
    expect(() => again.exec("UPDATE import_batches SET undo_reason = 'other'")).toThrow(/undone/);
  } finally {
    again.close();
  }
});
