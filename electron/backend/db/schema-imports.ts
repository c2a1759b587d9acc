/**
 * The tables of imports (issue #14), beside the drizzle schema (schema.ts re-exports them): a
 * batch per imported file and the items it wrote, so undo reverses exactly what it did.
 */
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/**
 * One import (issue #14): the file's name and SHA-256, its kind, what it wrote, who and when;
 * undoing it fills the `undone_*` columns (its entries are reversed, never deleted). The same
 * file (checksum and kind) is one batch while that batch stands.
 */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    rowCount: integer('row_count').notNull(),
    skippedCount: integer('skipped_count').notNull(),
    // Per currency: rows, the balance change and invoices' amount due (decimal strings).
    totalsJson: text('totals_json').notNull(),
    actorId: text('actor_id').notNull(),
    importedAt: text('imported_at').notNull(),
    undoneAt: text('undone_at'),
    undoneBy: text('undone_by'),
    undoReason: text('undo_reason'),
  },
  (table) => [
    uniqueIndex('import_batches_standing_file')
      .on(table.sha256, table.kind)
      .where(sql`undone_at IS NULL`),
  ],
);

/**
 * What a batch wrote, one row per record, append-only: a customer created or updated (with the
 * fields it had before), a ledger entry (with its business date, `effective_on`, until the
 * entries carry their own), an invoice. Undo reads it to reverse exactly what the batch did.
 */
export const importBatchItems = sqliteTable(
  'import_batch_items',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatches.id),
    position: integer('position').notNull(),
    row: integer('row').notNull(),
    entityType: text('entity_type', {
      enum: ['customer_created', 'customer_updated', 'entry', 'invoice'],
    }).notNull(),
    entityId: text('entity_id').notNull(),
    effectiveOn: text('effective_on'),
    beforeJson: text('before_json'),
  },
  (table) => [
    primaryKey({ columns: [table.batchId, table.position] }),
    index('import_batch_items_entity').on(table.entityId),
  ],
);
