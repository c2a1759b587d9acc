/** The balance domain's own query: a page of one customer's entries, newest first. */
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { ledgerEntries } from '../../db/schema.ts';

export type EntryPage = {
  customerId: string;
  beforeSeq?: number;
  /** Instants (ISO): entries at or after `fromAt` and before `toAt`. */
  fromAt?: string;
  toAt?: string;
  limit: number;
};

/** One more row than the limit, so the caller knows whether a next page exists. */
export function entryPage(ctx: Context, page: EntryPage) {
  return ctx.tx.all(
    ctx.tx.db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.customerId, page.customerId),
          page.beforeSeq === undefined ? undefined : lt(ledgerEntries.seq, page.beforeSeq),
          page.fromAt === undefined ? undefined : gte(ledgerEntries.occurredAt, page.fromAt),
          page.toAt === undefined ? undefined : lt(ledgerEntries.occurredAt, page.toAt),
        ),
      )
      .orderBy(desc(ledgerEntries.seq))
      .limit(page.limit + 1),
  );
}
