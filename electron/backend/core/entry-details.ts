/**
 * What `balance.history` shows beyond the entry itself (SPEC 12): for a debit, the lots it took
 * (lot, kind, expiry, amount), read from its grant allocations in the order it took them; for
 * every entry, a link to each document behind it (invoice, payment, credit note, time entry),
 * to the entry it reverses or the reversal that undid it, and to the import that wrote it
 * (entry-links.ts).
 */
import { inArray } from 'drizzle-orm';
import type { EntryDocument, EntryLot, LedgerEntry } from '../../../shared/contract/types.ts';
import { minor, toMoney } from '../../../shared/money.ts';
import type { Context } from '../context.ts';
import { creditNotes, invoices, payments, timeEntries } from '../db/schema.ts';
import { allForIds } from '../storage/id-list.ts';
import type { EntryAllocation } from './balances.ts';
import type { EntryLinks } from './entry-links.ts';
import type { EntryRow } from './post-entry.ts';

type Labels = Map<string, string>;

/**
 * The lots each entry took, in spending order, keyed by entry id, from the entries' allocations
 * (`allocationsOfEntries`, already in that order; statements read them too).
 */
export function lotsOf(allocations: readonly EntryAllocation[], currency: string) {
  const lots = new Map<string, EntryLot[]>();
  for (const row of allocations) {
    const lot: EntryLot = {
      grantId: row.id,
      kind: row.kind,
      expiresOn: row.expiresOn,
      amount: toMoney(minor(row.amountMinor), currency),
    };
    const ofEntry = lots.get(row.entryId);
    if (ofEntry) ofEntry.push(lot);
    else lots.set(row.entryId, [lot]);
  }
  return lots;
}

function idsOf(rows: readonly EntryRow[], pick: (row: EntryRow) => string | null): string[] {
  return [...new Set(rows.map(pick).filter((id): id is string => id !== null))];
}

/** One query per kind of document, for the page's ids only: each document's words. */
async function labelsOf(ctx: Context, rows: readonly EntryRow[]): Promise<Labels> {
  const labels: Labels = new Map();
  const { tx } = ctx;
  const invoiceIds = idsOf(rows, (row) => row.invoiceId);
  const paymentIds = idsOf(rows, (row) => row.paymentId);
  const noteIds = idsOf(rows, (row) => row.creditNoteId);
  const timeIds = idsOf(rows, (row) => row.timeEntryId);
  const ofInvoices = await allForIds(tx, 'entryDetails.invoices', invoiceIds, (db, slots) =>
    db.select().from(invoices).where(inArray(invoices.id, slots)).prepare(),
  );
  for (const row of ofInvoices) labels.set(row.id, `Invoice ${row.number ?? '(draft)'}`);
  const ofPayments = await allForIds(tx, 'entryDetails.payments', paymentIds, (db, slots) =>
    db.select().from(payments).where(inArray(payments.id, slots)).prepare(),
  );
  for (const row of ofPayments) {
    const reference = row.reference ? ` (ref ${row.reference})` : '';
    labels.set(row.id, `Payment received ${row.receivedOn}${reference}`);
  }
  const ofNotes = await allForIds(tx, 'entryDetails.creditNotes', noteIds, (db, slots) =>
    db.select().from(creditNotes).where(inArray(creditNotes.id, slots)).prepare(),
  );
  for (const row of ofNotes) labels.set(row.id, `Credit note of ${row.createdAt.slice(0, 10)}`);
  const ofTime = await allForIds(tx, 'entryDetails.timeEntries', timeIds, (db, slots) =>
    db.select().from(timeEntries).where(inArray(timeEntries.id, slots)).prepare(),
  );
  for (const row of ofTime) labels.set(row.id, `Time ${row.workedOn}: ${row.hours} h`);
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

/** What the page's caller has read already: its allocations and its links. */
export type PageReads = {
  currency: string;
  allocations: readonly EntryAllocation[];
  links: EntryLinks;
};

/** Adds `lots` and `documents` to a page of entries already in the contract's shape. */
export async function withDetails(
  ctx: Context,
  rows: readonly EntryRow[],
  entries: readonly LedgerEntry[],
  { currency, allocations, links }: PageReads,
): Promise<LedgerEntry[]> {
  if (rows.length === 0) return [];
  const lots = lotsOf(allocations, currency);
  const labels = await labelsOf(ctx, rows);
  return entries.map((entry, index) => {
    const row = rows[index];
    return {
      ...entry,
      lots: lots.get(entry.id) ?? [],
      documents: row ? documentsOf(row, labels, links) : [],
    };
  });
}
