/**
 * The tables of kept statements (SPEC 11), beside the main schema (`schema.ts` re-exports them,
 * so drizzle-kit and every query see one schema): snapshots, their bytes, their sendings.
 */
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './schema.ts';

/**
 * Statements as they were exported (SPEC 11): what was sent, to whom, when, by whom, with the
 * hashes and the verification code. Append-only (triggers). The PDF bytes and the statement data
 * live in `statement_snapshot_files`, read only when a snapshot is opened or drafted, so listing
 * snapshots and every ledger query never page through them.
 */
export const statementSnapshots = sqliteTable(
  'statement_snapshots',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    // The customer's name as printed on the statement, kept whatever it is renamed to.
    customerName: text('customer_name').notNull(),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    madeAt: text('made_at').notNull(),
    madeBy: text('made_by').notNull(),
    pageCount: integer('page_count').notNull(),
    byteCount: integer('byte_count').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    dataSha256: text('data_sha256').notNull(),
    code: text('code').notNull(),
    auditHeadSeq: integer('audit_head_seq'),
    auditHeadHash: text('audit_head_hash'),
  },
  (table) => [
    index('statement_snapshots_customer').on(table.customerId, table.seq),
    index('statement_snapshots_code').on(table.code),
  ],
);

/** A snapshot's bytes as sent and the statement data they were drawn from (append-only). */
export const statementSnapshotFiles = sqliteTable('statement_snapshot_files', {
  snapshotId: text('snapshot_id')
    .primaryKey()
    .references(() => statementSnapshots.id),
  pdf: blob('pdf', { mode: 'buffer' }).notNull(),
  dataJson: text('data_json').notNull(),
});

/** Each email draft made of a snapshot: "sent" when the draft was made (append-only). */
export const statementSendings = sqliteTable(
  'statement_sendings',
  {
    id: text('id').primaryKey(),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => statementSnapshots.id),
    sentAt: text('sent_at').notNull(),
    sentBy: text('sent_by').notNull(),
    // The address the draft went to; null for a draft made without one.
    sentTo: text('sent_to'),
  },
  (table) => [index('statement_sendings_snapshot').on(table.snapshotId, table.sentAt)],
);
