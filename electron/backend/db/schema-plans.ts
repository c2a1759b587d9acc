/**
 * Customers' plans beside the drizzle schema (schema.ts re-exports them): the budget in hours
 * (SPEC 12).
 */
import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import type { MinorUnits } from '../../../shared/money.ts';
import { customers } from './schema.ts';

/**
 * A customer's budget in hours (SPEC 12), at most one: hours agreed per calendar month or
 * quarter, or once between two dates; what happens to time beyond it (`charge`: priced at the
 * overage rate and deducted from the balance; `invoice`: left unbilled for an invoice).
 */
export const hoursBudgets = sqliteTable('hours_budgets', {
  customerId: text('customer_id')
    .primaryKey()
    .references(() => customers.id),
  // Decimal hours as text (at most two decimals): exact, never a float.
  hours: text('hours').notNull(),
  period: text('period', { enum: ['month', 'quarter', 'once'] }).notNull(),
  startsOn: text('starts_on'),
  endsOn: text('ends_on'),
  overage: text('overage', { enum: ['charge', 'invoice'] }).notNull(),
  overageRateMinor: integer('overage_rate_minor').$type<MinorUnits>(),
  updatedAt: text('updated_at').notNull(),
});
