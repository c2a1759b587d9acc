/**
 * What `balance.history` shows beyond the entry itself (SPEC 12): for a debit, the lots it took
 * (lot, kind, expiry, amount), read from its grant allocations in the order it took them; for
 * every entry, a link to each document behind it (invoice, payment, credit note, time entry),
 * to the entry it reverses or the reversal that undid it, and to the import that wrote it
 * (entry-links.ts).
 */
import { eq, inArray } from 'drizzle-orm';
import type { EntryDocument, EntryLot, LedgerEntry } from '../../../shared/contract/types.ts';
import { minor, toMoney } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import {
  creditNotes,
  grantAllocations,
  grants,
  invoices,
  payments,
  timeEntries,
} from '../db/schema.ts';
import { compareForSpending } from '../ledger/grant-order.ts';
import { linksOf, type EntryLinks } from './entry-links.ts';
import type { EntryRow } from './post-entry.ts';

type Labels = Map<string, string>;

/** The lots each entry took, in spending order, keyed by entry id (also for statements). */
export async function lotsOf(ctx: Context, entryIds: string[], currency: string) {
  const rows = (
    await ctx.tx.all(
      ctx.tx.db
        .select({
          entryId: grantAllocations.entryId,
          amountMinor: grantAllocations.amountMinor,
          id: grants.id,
          kind: grants.kind,
          expiresOn: grants.expiresOn,
          createdSeq: grants.createdSeq,
          remainingMinor: grants.remainingMinor,
        })
        .from(grantAllocations)
        .innerJoin(grants, eq(grants.id, grantAllocations.grantId))
        .where(inArray(grantAllocations.entryId, entryIds)),
    )
  ).sort(compareForSpending);
  const lots = new Map<string, EntryLot[]>();
  for (const row of rows) {
    const lot: EntryLot = {
      grantId: row.id,
      kind: row.kind,
      expiresOn: row.expiresOn,
      amount: toMoney(minor(row.amountMinor), currency),
    };
    lots.set(row.entryId, [...(lots.get(row.entryId) ?? []), lot]);
  }
  return lots;
}

function idsOf(rows: readonly EntryRow[], pick: (row: EntryRow) => string | null): string[] {
  return [...new Set(rows.map(pick).filter((id): id is string => id !== null))];
}

/** One query per kind of document, for the page's ids only: each document's words. */
async function labelsOf(ctx: Context, rows: readonly EntryRow[]): Promise<Labels> {
  const labels: Labels = new Map();
  const { db } = ctx.tx;
  const invoiceIds = idsOf(rows, (row) => row.invoiceId);
  const paymentIds = idsOf(rows, (row) => row.paymentId);
  const noteIds = idsOf(rows, (row) => row.creditNoteId);
  const timeIds = idsOf(rows, (row) => row.timeEntryId);
  if (invoiceIds.length > 0) {
    const query = db.select().from(invoices).where(inArray(invoices.id, invoiceIds));
    for (const row of await ctx.tx.all(query)) {
      labels.set(row.id, `Invoice ${row.number ?? '(draft)'}`);
    }
  }
  if (paymentIds.length > 0) {
    const query = db.select().from(payments).where(inArray(payments.id, paymentIds));
    for (const row of await ctx.tx.all(query)) {
      const reference = row.reference ? ` (ref ${row.reference})` : '';
      labels.set(row.id, `Payment received ${row.receivedOn}${reference}`);
    }
  }
  if (noteIds.length > 0) {
    const query = db.select().from(creditNotes).where(inArray(creditNotes.id, noteIds));
    for (const row of await ctx.tx.all(query)) {
      labels.set(row.id, `Credit note of ${row.createdAt.slice(0, 10)}`);
    }
  }
  if (timeIds.length > 0) {
    const query = db.select().from(timeEntries).where(inArray(timeEntries.id, timeIds));
    for (const row of await ctx.tx.all(query)) {
      labels.set(row.id, `Time ${row.workedOn}: ${row.hours} h`);
    }
  }
  return labels;
}

/** The documents behind one entry, each with the id a screen opens it by. */
function documentsOf(row: EntryRow, labels: Labels, links: EntryLinks): EntryDocument[] {
  const columns: [EntryDocument['kind'], string | null][] = [
    ['invoice', row.invoiceId],
    ['payment', row.paymentId],
    ['creditNote', row.creditNoteId],
    ['timeEntry', row.timeEntryId],
  ];
  const documents = columns.flatMap(([kind, id]) =>
    id === null ? [] : [{ kind, id, label: labels.get(id) ?? kind }],
  );
  const linked: [EntryDocument['kind'], ReadonlyMap<string, { id: string; label: string }>][] = [
    ['reversal', links.reverses],
    ['reversal', links.reversedBy],
    ['importBatch', links.importedBy],
  ];
  for (const [kind, found] of linked) {
    const link = found.get(row.id);
    if (link) documents.push({ kind, ...link });
  }
  return documents;
}

/** Adds `lots` and `documents` to a page of entries already in the contract's shape. */
export async function withDetails(
  ctx: Context,
  rows: readonly EntryRow[],
  entries: readonly LedgerEntry[],
  currency: string,
): Promise<LedgerEntry[]> {
  if (rows.length === 0) return [];
  const lots = await lotsOf(
    ctx,
    rows.map((row) => row.id),
    currency,
  );
  const labels = await labelsOf(ctx, rows);
  const links = await linksOf(ctx, rows);
  return entries.map((entry, index) => {
    const row = rows[index];
    return {
      ...entry,
      lots: lots.get(entry.id) ?? [],
      documents: row ? documentsOf(row, labels, links) : [],
    };
  });
}
