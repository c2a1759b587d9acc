/**
 * The queries every balance movement runs, and the rows the everyday writes insert (invoices,
 * payments, customers, time entries, credit notes), built once per connection as drizzle
 * prepared queries with placeholders. Building a query's SQL costs far more CPU than running it;
 * these run on every call, so they are built once (each on first use) and only executed after.
 */
import { and, asc, eq, getTableColumns, gt, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { ZERO_MINOR } from '../../../shared/money.ts';
import type { Tx } from '../storage/storage.ts';
import * as schema from '../db/schema.ts';

const {
  creditNotes,
  customers,
  grantAllocations,
  grants,
  invoiceLines,
  invoices,
  ledgerEntries,
  payments,
  settings,
  timeEntries,
} = schema;

type Db = BetterSQLite3Database<typeof schema>;

const p = (name: string) => sql.placeholder(name);

/** An INSERT of every column of `table` (but `skip`), each value a placeholder of its own name. */
function insertEvery(db: Db, table: SQLiteTable, skip: readonly string[] = []) {
  const keys = Object.keys(getTableColumns(table)).filter((key) => !skip.includes(key));
  const values = Object.fromEntries(keys.map((key) => [key, p(key)]));
  return db
    .insert(table)
    .values(values as never)
    .prepare();
}

const spendingColumns = {
  id: grants.id,
  kind: grants.kind,
  remainingMinor: grants.remainingMinor,
  expiresOn: grants.expiresOn,
  createdSeq: grants.createdSeq,
};

/** A lot as spending reads it (core/allocation-rows.ts): with the business date it was formed. */
const lotColumns = { ...spendingColumns, formedOn: ledgerEntries.effectiveOn };

const dueColumns = {
  id: grants.id,
  customerId: grants.customerId,
  remainingMinor: grants.remainingMinor,
  expiresOn: grants.expiresOn,
  createdAt: grants.createdAt,
  /** The business date of the entry that formed the lot. */
  formedOn: ledgerEntries.effectiveOn,
};

/** An UPDATE by id of every other column of `table`, each value a placeholder of its own name. */
function updateEvery(db: Db, table: typeof invoices) {
  const keys = Object.keys(getTableColumns(table)).filter((key) => key !== 'id');
  const values = Object.fromEntries(keys.map((key) => [key, sql`${p(key)}`]));
  return db
    .update(table)
    .set(values)
    .where(eq(table.id, p('id')))
    .prepare();
}

/**
 * Each query is built on first use, not when the file opens: a file being checked before it is
 * migrated (or by tests, at an older schema) must not fail on queries it never runs.
 */
function lazily<T extends Record<string, () => unknown>>(
  builders: T,
): { [K in keyof T]: ReturnType<T[K]> } {
  const built = new Map<string, unknown>();
  const queries = {};
  for (const key of Object.keys(builders)) {
    Object.defineProperty(queries, key, {
      enumerable: true,
      get: () => {
        if (!built.has(key)) built.set(key, builders[key]?.());
        return built.get(key);
      },
    });
  }
  return queries as { [K in keyof T]: ReturnType<T[K]> };
}

export function prepareHotQueries(db: Db) {
  const isOpen = gt(grants.remainingMinor, ZERO_MINOR);
  return lazily({
    customerById: () =>
      db
        .select()
        .from(customers)
        .where(eq(customers.id, p('id')))
        .prepare(),
    // The lots a debit may spend, each with what its allocation copies (no look-up per allocation).
    openGrants: () =>
      db
        .select(lotColumns)
        .from(grants)
        .innerJoin(ledgerEntries, eq(ledgerEntries.id, grants.entryId))
        .where(and(eq(grants.customerId, p('customerId')), isOpen))
        .prepare(),
    // Each open lot with the business date of the entry that formed it (when it was received).
    openGrantRows: () =>
      db
        .select({ ...getTableColumns(grants), openedOn: ledgerEntries.effectiveOn })
        .from(grants)
        .innerJoin(ledgerEntries, eq(ledgerEntries.id, grants.entryId))
        .where(and(eq(grants.customerId, p('customerId')), isOpen))
        .prepare(),
    entryAt: () =>
      db
        .select({ occurredAt: ledgerEntries.occurredAt })
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.customerId, p('customerId')), eq(ledgerEntries.seq, p('seq'))))
        .prepare(),
    insertEntry: () => insertEvery(db, ledgerEntries),
    insertGrant: () => insertEvery(db, grants),
    insertAllocation: () => insertEvery(db, grantAllocations),
    /** A lot a reversal gives back to (it may be spent out, so not among the open lots). */
    lotById: () =>
      db
        .select(lotColumns)
        .from(grants)
        .innerJoin(ledgerEntries, eq(ledgerEntries.id, grants.entryId))
        .where(eq(grants.id, p('grantId')))
        .prepare(),
    updateCustomerLedger: () =>
      db
        .update(customers)
        .set({
          balanceMinor: sql`${p('balanceMinor')}`,
          lastSeq: sql`${p('lastSeq')}`,
          lastEntryHash: sql`${p('lastEntryHash')}`,
        })
        .where(eq(customers.id, p('id')))
        .prepare(),
    /** Takes an allocation from its grant; changes nothing when the grant holds too little. */
    spendGrant: () =>
      db
        .update(grants)
        .set({ remainingMinor: sql`${grants.remainingMinor} - ${p('amountMinor')}` })
        .where(and(eq(grants.id, p('grantId')), gte(grants.remainingMinor, p('amountMinor'))))
        .prepare(),
    /** Gives back what a reversed debit took; never past the lot's original amount. */
    restoreGrant: () =>
      db
        .update(grants)
        .set({ remainingMinor: sql`${grants.remainingMinor} + ${p('amountMinor')}` })
        .where(
          and(
            eq(grants.id, p('grantId')),
            sql`${grants.remainingMinor} + ${p('amountMinor')} <= ${grants.originalMinor}`,
          ),
        )
        .prepare(),
    allocationsOfEntry: () =>
      db
        .select({
          entryId: grantAllocations.entryId,
          grantId: grantAllocations.grantId,
          amountMinor: grantAllocations.amountMinor,
          ...spendingColumns,
        })
        .from(grantAllocations)
        .innerJoin(grants, eq(grants.id, grantAllocations.grantId))
        .where(eq(grantAllocations.entryId, p('entryId')))
        .prepare(),
    invoiceById: () =>
      db
        .select()
        .from(invoices)
        .where(eq(invoices.id, p('id')))
        .prepare(),
    insertInvoice: () => insertEvery(db, invoices),
    updateInvoice: () => updateEvery(db, invoices),
    linesOfInvoice: () =>
      db
        .select()
        .from(invoiceLines)
        .where(eq(invoiceLines.invoiceId, p('invoiceId')))
        .orderBy(asc(invoiceLines.position))
        .prepare(),
    deleteLinesOfInvoice: () =>
      db
        .delete(invoiceLines)
        .where(eq(invoiceLines.invoiceId, p('invoiceId')))
        .prepare(),
    insertLine: () => insertEvery(db, invoiceLines),
    // Issuing takes the next invoice number from the one settings row.
    invoiceNumbering: () =>
      db
        .select({ nextInvoiceSeq: settings.nextInvoiceSeq, invoicePrefix: settings.invoicePrefix })
        .from(settings)
        .prepare(),
    setNextInvoiceSeq: () =>
      db
        .update(settings)
        .set({ nextInvoiceSeq: sql`${p('nextInvoiceSeq')}` })
        .prepare(),
    insertPayment: () => insertEvery(db, payments),
    insertCreditNote: () => insertEvery(db, creditNotes),
    insertTimeEntry: () => insertEvery(db, timeEntries),
    insertCustomer: () => insertEvery(db, customers),
    dueGrants: () =>
      db
        .select(dueColumns)
        .from(grants)
        .innerJoin(ledgerEntries, eq(ledgerEntries.id, grants.entryId))
        .where(and(isOpen, isNotNull(grants.expiresOn), lt(grants.expiresOn, p('today'))))
        .orderBy(asc(grants.expiresOn), asc(grants.createdSeq))
        .limit(p('limit'))
        .prepare(),
    dueGrantsOfCustomer: () =>
      db
        .select(dueColumns)
        .from(grants)
        .innerJoin(ledgerEntries, eq(ledgerEntries.id, grants.entryId))
        .where(
          and(eq(grants.customerId, p('customerId')), isOpen, lt(grants.expiresOn, p('today'))),
        )
        .orderBy(asc(grants.expiresOn), asc(grants.createdSeq))
        .prepare(),
  });
}

export type HotQueries = ReturnType<typeof prepareHotQueries>;

/** The transaction's storage's prepared queries, built once per storage. */
export function hot(tx: Tx): HotQueries {
  return tx.prepared('hot', prepareHotQueries);
}
