/**
 * What each debit took from each lot (`grant_allocations`, append-only), beside the drizzle schema
 * (schema.ts re-exports it), with the copies the reports read (docs/rules.md).
 */
import type { MinorUnits } from '../../../shared/money.ts';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { grants, ledgerEntries } from './schema.ts';

export const grantAllocations = sqliteTable(
  'grant_allocations',
  {
    entryId: text('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    grantId: text('grant_id')
      .notNull()
      .references(() => grants.id),
    amountMinor: integer('amount_minor').$type<MinorUnits>().notNull(),
    // Copies, set at insert, of the debit's business date and customer and of the lot's kind,
    // expiry and business date formed, so the reports read what was taken from which kind of lot
    // without a look-up per allocation (docs/rules.md); audit.verify checks them.
    effectiveOn: text('effective_on').notNull().default(''),
    customerId: text('customer_id').notNull().default(''),
    lotKind: text('lot_kind', { enum: ['paid', 'promotional'] })
      .notNull()
      .default('paid'),
    lotExpiresOn: text('lot_expires_on'),
    lotFormedOn: text('lot_formed_on').notNull().default(''),
  },
  (table) => [
    primaryKey({ columns: [table.entryId, table.grantId] }),
    index('grant_allocations_grant').on(table.grantId),
    // What entries dated in a range took from lots, read from the index alone.
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
