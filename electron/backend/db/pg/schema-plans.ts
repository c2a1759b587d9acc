/** The server book's hours budgets (SPEC 12), column for column ../schema-plans.ts. */
import { bigint, customType, pgTable } from 'drizzle-orm/pg-core';
import { customers } from './schema.ts';

const text = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

export const hoursBudgets = pgTable('hours_budgets', {
  customerId: text('customer_id')
    .primaryKey()
    .references(() => customers.id),
  hours: text('hours').notNull(),
  period: text('period').notNull(),
  startsOn: text('starts_on'),
  endsOn: text('ends_on'),
  overage: text('overage').notNull(),
  overageRateMinor: bigint('overage_rate_minor', { mode: 'number' }),
  updatedAt: text('updated_at').notNull(),
});
