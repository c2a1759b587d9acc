/** The server book's hours budgets (SPEC 12), column for column ../schema-plans.ts. */
import { pgTable } from 'drizzle-orm/pg-core';
import { int, text } from './columns.ts';
import { customers } from './schema.ts';

export const hoursBudgets = pgTable('hours_budgets', {
  customerId: text('customer_id')
    .primaryKey()
    .references(() => customers.id),
  hours: text('hours').notNull(),
  period: text('period').notNull(),
  startsOn: text('starts_on'),
  endsOn: text('ends_on'),
  overage: text('overage').notNull(),
  overageRateMinor: int('overage_rate_minor'),
  updatedAt: text('updated_at').notNull(),
});
