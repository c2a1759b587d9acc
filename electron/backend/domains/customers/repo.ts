/**
 * Customers' rows: written at creation, replaced on a change, paged by name, and the questions
 * archiving and a change of currency ask of the invoices, time and schedules they hold; and the
 * one budget in hours each may have.
 */
import { and, asc, eq, getTableColumns, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import type { Db } from '../../db/open.ts';
import {
  customers,
  hoursBudgets,
  invoices,
  schedules,
  settings,
  timeEntries,
} from '../../db/schema.ts';
import { hot } from '../../core/hot-queries.ts';
import type { CustomerRow } from '../../core/post-entry.ts';
import type { HoursBudgetRow } from '../../core/hours-budget.ts';

const p = (name: string) => sql.placeholder(name);

/** The settings row, for the defaults a new customer takes; undefined before it exists. */
export function readDefaults(ctx: Context) {
  return ctx.tx.get(ctx.tx.db.select().from(settings));
}

export async function insertCustomer(ctx: Context, row: CustomerRow): Promise<void> {
  await ctx.tx.run(hot(ctx.tx).insertCustomer, row);
}

/**
 * Every column but the id, each from a placeholder of its own name: a placeholder given as a
 * value (not as SQL) takes the column's own encoding (a flag as 1 or 0).
 */
function prepareUpdate(db: Db) {
  const keys = Object.keys(getTableColumns(customers)).filter((key) => key !== 'id');
  const values = Object.fromEntries(keys.map((key) => [key, p(key)]));
  return db
    .update(customers)
    .set(values)
    .where(eq(customers.id, p('id')))
    .prepare();
}

export async function updateCustomer(ctx: Context, next: CustomerRow): Promise<void> {
  await ctx.tx.run(ctx.tx.prepared('customers.update', prepareUpdate), next);
}

/** Only the archive mark and the time of the change. */
export async function updateArchivedAt(ctx: Context, next: CustomerRow): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db
      .update(customers)
      .set({ archivedAt: next.archivedAt, updatedAt: next.updatedAt })
      .where(eq(customers.id, next.id)),
  );
}

export type CustomerPage = {
  includeArchived: boolean;
  /** A name key to find in the name or the email, matched literally. */
  search: string | null;
  /** The name key and id of the last customer of the page before. */
  after: readonly [string, string] | null;
  limit: number;
};

/**
 * One more row than the limit, by name key then id. Prepared once for each set of filters a page
 * uses (with or without archived customers, a search, a cursor), not built per page.
 */
export function customerPage(ctx: Context, page: CustomerPage): Promise<CustomerRow[]> {
  const { includeArchived, after } = page;
  const term = page.search ? `%${escapeLike(page.search)}%` : null;
  const filters = [includeArchived, term !== null, after !== null];
  const key = `customers.page/${filters.map((used) => (used ? '+' : '-')).join('')}`;
  const query = ctx.tx.prepared(key, (db) =>
    db
      .select()
      .from(customers)
      .where(
        and(
          includeArchived ? undefined : isNull(customers.archivedAt),
          term
            ? or(
                sql`${customers.nameKey} LIKE ${p('term')} ESCAPE '\\'`,
                // lower(): SQLite's LIKE ignores ASCII case, PostgreSQL's does not (the term
                // is folded already); on both, lower() of this text changes ASCII only.
                sql`lower(${customers.email}) LIKE ${p('term')} ESCAPE '\\'`,
              )
            : undefined,
          after
            ? or(
                gt(customers.nameKey, p('afterKey')),
                and(eq(customers.nameKey, p('afterKey')), gt(customers.id, p('afterId'))),
              )
            : undefined,
        ),
      )
      .orderBy(asc(customers.nameKey), asc(customers.id))
      .limit(p('limit'))
      .prepare(),
  );
  return ctx.tx.all(query, {
    term,
    afterKey: after?.[0],
    afterId: after?.[1],
    limit: page.limit + 1,
  });
}
/** Whether any of the customer's invoices has left the draft state. */
export async function hasIssuedInvoice(ctx: Context, customerId: string): Promise<boolean> {
  const issued = await ctx.tx.get(
    ctx.tx.db
      .select({ id: invoices.id })
      .from(invoices)
      .where(and(eq(invoices.customerId, customerId), ne(invoices.status, 'draft')))
      .limit(1),
  );
  return issued !== undefined;
}

/** One open invoice of the customer's, if any. */
export function findOpenInvoice(ctx: Context, customerId: string) {
  return ctx.tx.get(
    ctx.tx.db
      .select({ number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.customerId, customerId), eq(invoices.status, 'open')))
      .limit(1),
  );
}

export async function hasUnbilledTime(ctx: Context, customerId: string): Promise<boolean> {
  const found = await ctx.tx.get(
    ctx.tx.db
      .select({ id: timeEntries.id })
      .from(timeEntries)
      .where(and(eq(timeEntries.customerId, customerId), eq(timeEntries.status, 'unbilled')))
      .limit(1),
  );
  return found !== undefined;
}

export async function hasActiveSchedule(ctx: Context, customerId: string): Promise<boolean> {
  const found = await ctx.tx.get(
    ctx.tx.db
      .select({ id: schedules.id })
      .from(schedules)
      .where(and(eq(schedules.customerId, customerId), eq(schedules.status, 'active')))
      .limit(1),
  );
  return found !== undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (match) => `\\${match}`);
}

/** Writes a customer's one budget in hours, replacing the one before. */
export async function saveHoursBudget(ctx: Context, row: HoursBudgetRow): Promise<void> {
  await ctx.tx.run(
    ctx.tx.db
      .insert(hoursBudgets)
      .values(row)
      .onConflictDoUpdate({ target: hoursBudgets.customerId, set: row }),
  );
}

export async function deleteHoursBudget(ctx: Context, customerId: string): Promise<void> {
  await ctx.tx.run(ctx.tx.db.delete(hoursBudgets).where(eq(hoursBudgets.customerId, customerId)));
}
