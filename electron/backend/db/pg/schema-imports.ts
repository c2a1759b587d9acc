/**
 * The server book's import tables (issue #14), column for column ../schema-imports.ts, as
 * schema.ts mirrors ../schema.ts; schema.ts re-exports them for drizzle-kit.
 */
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, uniqueIndex } from 'drizzle-orm/pg-core';
import { int, text } from './columns.ts';

export const importBatches = pgTable(
  'import_batches',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    rowCount: int('row_count').notNull(),
    skippedCount: int('skipped_count').notNull(),
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

export const importBatchItems = pgTable(
  'import_batch_items',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatches.id),
    position: int('position').notNull(),
    row: int('row').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    effectiveOn: text('effective_on'),
    beforeJson: text('before_json'),
  },
  (table) => [
    primaryKey({ columns: [table.batchId, table.position] }),
    index('import_batch_items_entity').on(table.entityId),
  ],
);
