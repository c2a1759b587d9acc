/** The book's one settings row, beside the drizzle schema (schema.ts re-exports it). */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable('settings', {
  id: integer('id').primaryKey(),
  businessName: text('business_name').notNull().default(''),
  address: text('address').notNull().default(''),
  invoicePrefix: text('invoice_prefix').notNull().default('INV-'),
  defaultPaymentTermsDays: integer('default_payment_terms_days').notNull().default(14),
  // The next invoice number; only issuing an invoice moves it, so numbers have no gaps.
  nextInvoiceSeq: integer('next_invoice_seq').notNull().default(1),
  // The journal's account names (or codes) by account (report-types.ts JOURNAL_ACCOUNTS), as JSON.
  journalAccountsJson: text('journal_accounts_json').notNull().default('{}'),
  // Entries dated on or before it are refused, so statements already sent stay as sent.
  closingDate: text('closing_date'),
  updatedAt: text('updated_at').notNull(),
});
