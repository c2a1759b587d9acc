/**
 * The PostgreSQL tables of a server book (issue #19), column for column the SQLite schema
 * (../schema.ts), which stays the one the engine builds its queries from: this file only
 * defines the server's tables for drizzle-kit. Every SQLite INTEGER is a `bigint` here (money in
 * minor units, counters, and the 0/1 flags, which raw queries compare with 1). Tables whose
 * pages are ordered by SQLite's implicit `rowid` get a `rowid` identity column of their own,
 * filled by the server (the engine's inserts never name it). `audit_events.seq` is given by a
 * trigger (migration 0001): drizzle's SQLite insert sends NULL for it. Text is compared byte by
 * byte (collation "C"), as SQLite compares it.
 */
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, uniqueIndex, unique } from 'drizzle-orm/pg-core';
import {
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
} from '../../../../shared/statement-template.ts';
import { int, rowid, text } from './columns.ts';

export const users = pgTable('users', {
  rowid: rowid(),
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  pinHash: text('pin_hash'),
  createdAt: text('created_at').notNull(),
  removedAt: text('removed_at'),
});

export const pinAttempts = pgTable('pin_attempts', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  wrongCount: int('wrong_count').notNull(),
  lockedUntil: text('locked_until'),
});

export const pinBackoff = pgTable('pin_backoff', {
  id: int('id').primaryKey(),
  drainedAt: text('drained_at').notNull(),
});

export const settings = pgTable('settings', {
  id: int('id').primaryKey(),
  businessName: text('business_name').notNull().default(''),
  address: text('address').notNull().default(''),
  invoicePrefix: text('invoice_prefix').notNull().default('INV-'),
  defaultPaymentTermsDays: int('default_payment_terms_days').notNull().default(14),
  nextInvoiceSeq: int('next_invoice_seq').notNull().default(1),
  journalAccountsJson: text('journal_accounts_json').notNull().default('{}'),
  closingDate: text('closing_date'),
  taxId: text('tax_id').notNull().default(''),
  bankDetails: text('bank_details').notNull().default(''),
  statementMessage: text('statement_message').notNull().default(''),
  emailSubjectTemplate: text('email_subject_template').notNull().default(DEFAULT_SUBJECT_TEMPLATE),
  emailBodyTemplate: text('email_body_template').notNull().default(DEFAULT_BODY_TEMPLATE),
  logoSha256: text('logo_sha256'),
  updatedAt: text('updated_at').notNull(),
});

export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    currency: text('currency').notNull(),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    paymentTermsDays: int('payment_terms_days').notNull(),
    hourlyRateMinor: int('hourly_rate_minor'),
    autoApplyCredit: int('auto_apply_credit').notNull().default(1),
    billingMode: text('billing_mode').notNull().default('prepaid'),
    creditLimitMinor: int('credit_limit_minor'),
    creditLimitBlocked: int('credit_limit_blocked').notNull().default(0),
    replenishmentEnabled: int('replenishment_enabled').notNull().default(0),
    replenishmentThresholdMinor: int('replenishment_threshold_minor'),
    replenishmentAmountMinor: int('replenishment_amount_minor'),
    replenishmentRecurrence: text('replenishment_recurrence'),
    replenishmentAfterSeq: int('replenishment_after_seq').notNull().default(0),
    balanceDueThrough: text('balance_due_through'),
    creditLimitUnblockedAt: text('credit_limit_unblocked_at'),
    balanceMinor: int('balance_minor').notNull().default(0),
    lastSeq: int('last_seq').notNull().default(0),
    lastEntryHash: text('last_entry_hash').notNull().default(''),
    archivedAt: text('archived_at'),
    externalId: text('external_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('customers_name_key').on(table.nameKey, table.id),
    index('customers_external_id')
      .on(table.externalId)
      .where(sql`external_id IS NOT NULL`),
    index('customers_balance_due_through').on(table.balanceDueThrough, table.id),
  ],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    rowid: rowid(),
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    seq: int('seq').notNull(),
    type: text('type').notNull(),
    amountMinor: int('amount_minor').notNull(),
    balanceAfterMinor: int('balance_after_minor').notNull(),
    occurredAt: text('occurred_at').notNull(),
    actorId: text('actor_id').notNull(),
    reason: text('reason'),
    description: text('description'),
    invoiceId: text('invoice_id'),
    paymentId: text('payment_id'),
    creditNoteId: text('credit_note_id'),
    timeEntryId: text('time_entry_id'),
    grantId: text('grant_id'),
    effectiveOn: text('effective_on').notNull().default(''),
    reversesEntryId: text('reverses_entry_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    uniqueIndex('ledger_entries_customer_seq').on(table.customerId, table.seq),
    index('ledger_entries_customer_occurred').on(table.customerId, table.occurredAt),
    index('ledger_entries_invoice')
      .on(table.invoiceId, table.type)
      .where(sql`invoice_id IS NOT NULL`),
    index('ledger_entries_customer_effective').on(table.customerId, table.effectiveOn, table.seq),
    // The reports' sums over a range of business dates, read from the index alone (docs/rules.md).
    index('ledger_entries_effective_movements').on(
      table.effectiveOn,
      table.customerId,
      table.type,
      table.amountMinor,
      table.balanceAfterMinor,
      table.grantId,
      table.timeEntryId,
      table.id,
    ),
    uniqueIndex('ledger_entries_reverses')
      .on(table.reversesEntryId)
      .where(sql`reverses_entry_id IS NOT NULL`),
  ],
);

export const grants = pgTable(
  'grants',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    entryId: text('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    kind: text('kind').notNull(),
    originalMinor: int('original_minor').notNull(),
    remainingMinor: int('remaining_minor').notNull(),
    expiresOn: text('expires_on'),
    createdSeq: int('created_seq').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('grants_open_by_customer')
      .on(table.customerId, table.createdSeq)
      .where(sql`remaining_minor > 0`),
    index('grants_open_by_expiry')
      .on(table.expiresOn)
      .where(sql`remaining_minor > 0 AND expires_on IS NOT NULL`),
  ],
);

export const grantAllocations = pgTable(
  'grant_allocations',
  {
    entryId: text('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    grantId: text('grant_id')
      .notNull()
      .references(() => grants.id),
    amountMinor: int('amount_minor').notNull(),
    effectiveOn: text('effective_on').notNull().default(''),
    customerId: text('customer_id').notNull().default(''),
    lotKind: text('lot_kind').notNull().default('paid'),
    lotExpiresOn: text('lot_expires_on'),
    lotFormedOn: text('lot_formed_on').notNull().default(''),
  },
  (table) => [
    primaryKey({ columns: [table.entryId, table.grantId] }),
    index('grant_allocations_grant').on(table.grantId),
    index('grant_allocations_effective').on(
      table.effectiveOn,
      table.lotKind,
      table.customerId,
      table.lotExpiresOn,
      table.lotFormedOn,
      table.entryId,
      table.amountMinor,
    ),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    seq: int('seq').primaryKey(),
    id: text('id').notNull(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    reason: text('reason'),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    unique('audit_events_id_unique').on(table.id),
    index('audit_events_entity').on(table.entityType, table.entityId, table.seq),
    index('audit_events_actor').on(table.actorId, table.seq),
  ],
);

export const requests = pgTable('requests', {
  requestId: text('request_id').primaryKey(),
  actorId: text('actor_id').notNull(),
  channel: text('channel').notNull(),
  inputHash: text('input_hash').notNull(),
  resultJson: text('result_json').notNull(),
  createdAt: text('created_at').notNull(),
});

export const invoices = pgTable(
  'invoices',
  {
    rowid: rowid(),
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    numberSeq: int('number_seq').unique('invoices_number_seq_unique'),
    number: text('number'),
    issueDate: text('issue_date'),
    dueDate: text('due_date'),
    currency: text('currency').notNull(),
    memo: text('memo').notNull().default(''),
    subtotalMinor: int('subtotal_minor').notNull(),
    taxMinor: int('tax_minor').notNull(),
    totalMinor: int('total_minor').notNull(),
    creditAppliedMinor: int('credit_applied_minor').notNull().default(0),
    amountPaidMinor: int('amount_paid_minor').notNull().default(0),
    creditNotedMinor: int('credit_noted_minor').notNull().default(0),
    amountDueMinor: int('amount_due_minor').notNull(),
    origin: text('origin'),
    closedAt: text('closed_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('invoices_customer').on(table.customerId),
    index('invoices_status_due').on(table.status, table.dueDate),
    index('invoices_customer_kind_status').on(
      table.customerId,
      table.kind,
      table.status,
      table.dueDate,
    ),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    position: int('position').notNull(),
    description: text('description').notNull(),
    quantity: text('quantity').notNull(),
    unitPriceMinor: int('unit_price_minor').notNull(),
    taxRate: text('tax_rate'),
    amountMinor: int('amount_minor').notNull(),
    taxMinor: int('tax_minor').notNull(),
  },
  (table) => [primaryKey({ columns: [table.invoiceId, table.position] })],
);

export const payments = pgTable(
  'payments',
  {
    rowid: rowid(),
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    invoiceId: text('invoice_id').references(() => invoices.id),
    amountMinor: int('amount_minor').notNull(),
    method: text('method').notNull(),
    reference: text('reference').notNull().default(''),
    receivedOn: text('received_on').notNull(),
    appliedToInvoiceMinor: int('applied_to_invoice_minor').notNull(),
    creditedToBalanceMinor: int('credited_to_balance_minor').notNull(),
    actorId: text('actor_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('payments_customer').on(table.customerId),
    index('payments_invoice').on(table.invoiceId),
  ],
);

export const creditNotes = pgTable(
  'credit_notes',
  {
    id: text('id').primaryKey(),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    amountMinor: int('amount_minor').notNull(),
    reducedDueMinor: int('reduced_due_minor').notNull(),
    creditedToBalanceMinor: int('credited_to_balance_minor').notNull(),
    reason: text('reason').notNull(),
    actorId: text('actor_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('credit_notes_invoice').on(table.invoiceId)],
);

export const timeEntries = pgTable(
  'time_entries',
  {
    rowid: rowid(),
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    workedOn: text('worked_on').notNull(),
    hours: text('hours').notNull(),
    description: text('description').notNull(),
    hourlyRateMinor: int('hourly_rate_minor').notNull(),
    amountMinor: int('amount_minor').notNull(),
    status: text('status').notNull(),
    entryId: text('entry_id').references(() => ledgerEntries.id),
    invoiceId: text('invoice_id').references(() => invoices.id),
    actorId: text('actor_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('time_entries_customer').on(table.customerId, table.status)],
);

export const schedules = pgTable(
  'schedules',
  {
    rowid: rowid(),
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    linesJson: text('lines_json').notNull(),
    interval: text('interval').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    autoIssue: int('auto_issue').notNull(),
    status: text('status').notNull(),
    nextPeriod: int('next_period').notNull().default(0),
    nextRunOn: text('next_run_on'),
    memo: text('memo').notNull().default(''),
    kind: text('kind').notNull().default('standard'),
    allowanceMinor: int('allowance_minor'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('schedules_customer').on(table.customerId),
    index('schedules_due').on(table.status, table.nextRunOn),
  ],
);

export * from './schema-imports.ts';
export * from './schema-plans.ts';
export * from './schema-statements.ts';
