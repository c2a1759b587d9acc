/**
 * The book's one settings row and the logos it names, beside the drizzle schema (schema.ts
 * re-exports them).
 */
import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
} from '../../../shared/statement-template.ts';

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
  // The business's identity on statements and invoices (SPEC 11); the logo by its SHA-256, its
  // bytes in `logos`, so a settings event records the hash, never a megabyte of image.
  taxId: text('tax_id').notNull().default(''),
  bankDetails: text('bank_details').notNull().default(''),
  statementMessage: text('statement_message').notNull().default(''),
  emailSubjectTemplate: text('email_subject_template').notNull().default(DEFAULT_SUBJECT_TEMPLATE),
  emailBodyTemplate: text('email_body_template').notNull().default(DEFAULT_BODY_TEMPLATE),
  logoSha256: text('logo_sha256'),
});

/** Logos by the SHA-256 of their bytes: written once, never changed (append-only by triggers). */
export const logos = sqliteTable('logos', {
  sha256: text('sha256').primaryKey(),
  mediaType: text('media_type', { enum: ['image/png', 'image/jpeg'] }).notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});
