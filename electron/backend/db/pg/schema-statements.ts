/**
 * The server book's kept statements and logos (SPEC 11), column for column
 * ../schema-statements.ts and ../schema-settings.ts. `statement_snapshots.seq` is given by a
 * trigger (migration 0005), as `audit_events.seq` is: drizzle's SQLite insert sends NULL for it.
 */
import { index, pgTable, unique } from 'drizzle-orm/pg-core';
import { bytes, int, text } from './columns.ts';
import { customers } from './schema.ts';

export const logos = pgTable('logos', {
  sha256: text('sha256').primaryKey(),
  mediaType: text('media_type').notNull(),
  bytes: bytes('bytes').notNull(),
  createdAt: text('created_at').notNull(),
});

export const statementSnapshots = pgTable(
  'statement_snapshots',
  {
    seq: int('seq').primaryKey(),
    id: text('id').notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    customerName: text('customer_name').notNull(),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    madeAt: text('made_at').notNull(),
    madeBy: text('made_by').notNull(),
    pageCount: int('page_count').notNull(),
    byteCount: int('byte_count').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    dataSha256: text('data_sha256').notNull(),
    code: text('code').notNull(),
    auditHeadSeq: int('audit_head_seq'),
    auditHeadHash: text('audit_head_hash'),
  },
  (table) => [
    unique('statement_snapshots_id_unique').on(table.id),
    index('statement_snapshots_customer').on(table.customerId, table.seq),
    index('statement_snapshots_code').on(table.code),
  ],
);

export const statementSnapshotFiles = pgTable('statement_snapshot_files', {
  snapshotId: text('snapshot_id')
    .primaryKey()
    .references(() => statementSnapshots.id),
  pdf: bytes('pdf').notNull(),
  dataJson: text('data_json').notNull(),
});

export const statementSendings = pgTable(
  'statement_sendings',
  {
    id: text('id').primaryKey(),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => statementSnapshots.id),
    sentAt: text('sent_at').notNull(),
    sentBy: text('sent_by').notNull(),
    sentTo: text('sent_to'),
  },
  (table) => [index('statement_sendings_snapshot').on(table.snapshotId, table.sentAt)],
);
