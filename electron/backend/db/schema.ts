/**
 * The drizzle schema: the source of truth for the tables. Money columns end in `_minor` and hold
 * integers of minor units. `ledger_entries`, `grant_allocations` and `audit_events` are
 * append-only; triggers in a hand-written migration refuse UPDATE and DELETE on them.
 */
import { sql } from 'drizzle-orm';
import { type MinorUnits, ZERO_MINOR } from '../../../shared/money.ts';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['admin', 'accountant', 'viewer'] }).notNull(),
  pinHash: text('pin_hash'),
  createdAt: text('created_at').notNull(),
  // Set when an admin removes someone: they stay on file so history keeps their name.
  removedAt: text('removed_at'),
});

/**
 * Wrong PINs per person, for the sign-in lock (domains/users/pin-lock.ts): a right PIN or an
 * admin's reset of the PIN deletes the row. Kept in the file, so the lock holds for every process
 * and channel that opens it.
 */
export const pinAttempts = sqliteTable('pin_attempts', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  wrongCount: integer('wrong_count').notNull(),
  lockedUntil: text('locked_until'),
});

/**
 * The back-off across everyone (one row, id 1): each wrong PIN, whoever it was for, pushes
 * `drained_at` one step later; PIN checks wait while it is too far ahead (pin-lock.ts).
 */
export const pinBackoff = sqliteTable('pin_backoff', {
  id: integer('id').primaryKey(),
  drainedAt: text('drained_at').notNull(),
});

export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    // The name folded for search and order (shared/text-fold.ts): no accents, no case.
    nameKey: text('name_key').notNull(),
    currency: text('currency').notNull(),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    paymentTermsDays: integer('payment_terms_days').notNull(),
    hourlyRateMinor: integer('hourly_rate_minor').$type<MinorUnits>(),
    autoApplyCredit: integer('auto_apply_credit', { mode: 'boolean' }).notNull().default(true),
    billingMode: text('billing_mode', { enum: ['prepaid', 'credit_limit', 'postpaid'] })
      .notNull()
      .default('prepaid'),
    creditLimitMinor: integer('credit_limit_minor').$type<MinorUnits>(),
    creditLimitBlocked: integer('credit_limit_blocked', { mode: 'boolean' })
      .notNull()
      .default(false),
    replenishmentEnabled: integer('replenishment_enabled', { mode: 'boolean' })
      .notNull()
      .default(false),
    replenishmentThresholdMinor: integer('replenishment_threshold_minor').$type<MinorUnits>(),
    replenishmentAmountMinor: integer('replenishment_amount_minor').$type<MinorUnits>(),
    replenishmentRecurrence: text('replenishment_recurrence', { enum: ['once', 'always'] }),
    // Replenishment fires only for a debit recorded after the last replenishment invoice.
    replenishmentAfterSeq: integer('replenishment_after_seq').notNull().default(0),
    // The last month (YYYY-MM) whose balance-due invoice run is done for this customer.
    balanceDueThrough: text('balance_due_through'),
    // An admin's unblock: invoices that fell overdue before it no longer block the limit.
    creditLimitUnblockedAt: text('credit_limit_unblocked_at'),
    // The running state of the ledger, kept with every entry so a balance is one row read.
    balanceMinor: integer('balance_minor').$type<MinorUnits>().notNull().default(ZERO_MINOR),
    lastSeq: integer('last_seq').notNull().default(0),
    lastEntryHash: text('last_entry_hash').notNull().default(''),
    // Set while the customer is archived: left out of lists, history kept.
    archivedAt: text('archived_at'),
    // The customer's id in the tool the books came from (an import matches on it first).
    externalId: text('external_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('customers_name_key').on(table.nameKey, table.id),
    // The monthly pass takes customers in this order, 50 at a time, without sorting them all.
    index('customers_balance_due_through').on(table.balanceDueThrough, table.id),
    index('customers_external_id')
      .on(table.externalId)
      .where(sql`external_id IS NOT NULL`),
  ],
);

export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    amountMinor: integer('amount_minor').$type<MinorUnits>().notNull(),
    balanceAfterMinor: integer('balance_after_minor').$type<MinorUnits>().notNull(),
    occurredAt: text('occurred_at').notNull(),
    // The business date (YYYY-MM-DD) the entry takes effect; `occurred_at` is when it was recorded.
    effectiveOn: text('effective_on').notNull().default(''),
    actorId: text('actor_id').notNull(),
    reason: text('reason'),
    description: text('description'),
    invoiceId: text('invoice_id'),
    paymentId: text('payment_id'),
    creditNoteId: text('credit_note_id'),
    timeEntryId: text('time_entry_id'),
    grantId: text('grant_id'),
    // Set on a reversal: the entry it undoes (each entry is reversed at most once).
    reversesEntryId: text('reverses_entry_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    uniqueIndex('ledger_entries_customer_seq').on(table.customerId, table.seq),
    index('ledger_entries_customer_occurred').on(table.customerId, table.occurredAt),
    // What was applied to an invoice by a date (aged receivables across every customer).
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

export const grants = sqliteTable(
  'grants',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    entryId: text('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    kind: text('kind', { enum: ['paid', 'promotional'] }).notNull(),
    originalMinor: integer('original_minor').$type<MinorUnits>().notNull(),
    remainingMinor: integer('remaining_minor').$type<MinorUnits>().notNull(),
    expiresOn: text('expires_on'),
    createdSeq: integer('created_seq').notNull(),
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

export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
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
    index('audit_events_entity').on(table.entityType, table.entityId, table.seq),
    index('audit_events_actor').on(table.actorId, table.seq),
  ],
);

export const requests = sqliteTable('requests', {
  requestId: text('request_id').primaryKey(),
  actorId: text('actor_id').notNull(),
  channel: text('channel').notNull(),
  inputHash: text('input_hash').notNull(),
  resultJson: text('result_json').notNull(),
  createdAt: text('created_at').notNull(),
});

export const invoices = sqliteTable(
  'invoices',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['standard', 'top_up', 'balance_due'] }).notNull(),
    status: text('status', { enum: ['draft', 'open', 'paid', 'void', 'uncollectible'] }).notNull(),
    // Given at issue from one gapless counter; the text keeps the prefix in force then.
    numberSeq: integer('number_seq').unique(),
    number: text('number'),
    issueDate: text('issue_date'),
    dueDate: text('due_date'),
    currency: text('currency').notNull(),
    memo: text('memo').notNull().default(''),
    subtotalMinor: integer('subtotal_minor').$type<MinorUnits>().notNull(),
    taxMinor: integer('tax_minor').$type<MinorUnits>().notNull(),
    totalMinor: integer('total_minor').$type<MinorUnits>().notNull(),
    creditAppliedMinor: integer('credit_applied_minor')
      .$type<MinorUnits>()
      .notNull()
      .default(ZERO_MINOR),
    amountPaidMinor: integer('amount_paid_minor').$type<MinorUnits>().notNull().default(ZERO_MINOR),
    creditNotedMinor: integer('credit_noted_minor')
      .$type<MinorUnits>()
      .notNull()
      .default(ZERO_MINOR),
    amountDueMinor: integer('amount_due_minor').$type<MinorUnits>().notNull(),
    // What made the invoice when the application did (replenishment, a schedule, the monthly run).
    origin: text('origin'),
    // When it stopped being receivable, so statements can tell what was open on any past day.
    closedAt: text('closed_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('invoices_customer').on(table.customerId),
    index('invoices_status_due').on(table.status, table.dueDate),
    // A customer's open balance-due invoices (blocks, the monthly pass), without walking every
    // open invoice of every customer.
    index('invoices_customer_kind_status').on(
      table.customerId,
      table.kind,
      table.status,
      table.dueDate,
    ),
  ],
);

export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    // Decimal strings: quantities and rates are exact, never floats.
    quantity: text('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').$type<MinorUnits>().notNull(),
    taxRate: text('tax_rate'),
    amountMinor: integer('amount_minor').$type<MinorUnits>().notNull(),
    taxMinor: integer('tax_minor').$type<MinorUnits>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.invoiceId, table.position] })],
);

export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    invoiceId: text('invoice_id').references(() => invoices.id),
    amountMinor: integer('amount_minor').$type<MinorUnits>().notNull(),
    method: text('method', {
      enum: ['bank_transfer', 'card', 'cash', 'cheque', 'other'],
    }).notNull(),
    reference: text('reference').notNull().default(''),
    receivedOn: text('received_on').notNull(),
    appliedToInvoiceMinor: integer('applied_to_invoice_minor').$type<MinorUnits>().notNull(),
    creditedToBalanceMinor: integer('credited_to_balance_minor').$type<MinorUnits>().notNull(),
    actorId: text('actor_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('payments_customer').on(table.customerId),
    index('payments_invoice').on(table.invoiceId),
  ],
);

export const creditNotes = sqliteTable(
  'credit_notes',
  {
    id: text('id').primaryKey(),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    amountMinor: integer('amount_minor').$type<MinorUnits>().notNull(),
    reducedDueMinor: integer('reduced_due_minor').$type<MinorUnits>().notNull(),
    creditedToBalanceMinor: integer('credited_to_balance_minor').$type<MinorUnits>().notNull(),
    reason: text('reason').notNull(),
    actorId: text('actor_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('credit_notes_invoice').on(table.invoiceId)],
);

export const timeEntries = sqliteTable(
  'time_entries',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    workedOn: text('worked_on').notNull(),
    hours: text('hours').notNull(),
    description: text('description').notNull(),
    hourlyRateMinor: integer('hourly_rate_minor').$type<MinorUnits>().notNull(),
    amountMinor: integer('amount_minor').$type<MinorUnits>().notNull(),
    status: text('status', { enum: ['unbilled', 'deducted', 'invoiced'] }).notNull(),
    entryId: text('entry_id').references(() => ledgerEntries.id),
    // The invoice that bills it, when it was invoiced rather than deducted from the balance.
    invoiceId: text('invoice_id').references(() => invoices.id),
    actorId: text('actor_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('time_entries_customer').on(table.customerId, table.status)],
);

export const schedules = sqliteTable(
  'schedules',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    linesJson: text('lines_json').notNull(),
    // `standard` and `top_up` issue invoices of that kind (a retainer is a top-up schedule);
    // `allowance` grants `allowance_minor` of promotional credit each period, expiring at its end.
    kind: text('kind', { enum: ['standard', 'top_up', 'allowance'] })
      .notNull()
      .default('standard'),
    allowanceMinor: integer('allowance_minor').$type<MinorUnits>(),
    interval: text('interval', { enum: ['month', 'quarter', 'year'] }).notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    autoIssue: integer('auto_issue', { mode: 'boolean' }).notNull(),
    status: text('status', { enum: ['active', 'cancelled', 'ended'] }).notNull(),
    // Periods are counted from the start date, so a period is made once and never twice.
    nextPeriod: integer('next_period').notNull().default(0),
    nextRunOn: text('next_run_on'),
    memo: text('memo').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('schedules_customer').on(table.customerId),
    index('schedules_due').on(table.status, table.nextRunOn),
  ],
);

export * from './schema-allocations.ts';
export * from './schema-imports.ts';
export * from './schema-plans.ts';
export * from './schema-settings.ts';
export * from './schema-statements.ts';
