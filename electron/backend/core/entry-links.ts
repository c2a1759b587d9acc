/**
 * The links of a page of history rows that are not columns of the row itself: the reversal that
 * undid an entry, the seq of the entry a reversal undid, and the import that wrote an entry
 * (`import_batch_items`). Each is one query for the page's ids only, and each gives the words a
 * link shows ("Reverses entry #3", "Reversed by entry #5", "Import of opening.csv").
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Context } from '../context.ts';
import { importBatches, importBatchItems, ledgerEntries } from '../db/schema.ts';
import { allForIds } from '../storage/id-list.ts';
import type { EntryRow } from './post-entry.ts';

export type Link = { id: string; label: string };

export type EntryLinks = {
  /** By entry id: the entry a reversal reverses. */
  reverses: Map<string, Link>;
  /** By entry id: the reversal that undid it. */
  reversedBy: Map<string, Link>;
  /** By entry id: the import batch that wrote it. */
  importedBy: Map<string, Link>;
};

export async function linksOf(ctx: Context, rows: readonly EntryRow[]): Promise<EntryLinks> {
  const ids = rows.map((row) => row.id);
  const reversedIds = [
    ...new Set(rows.flatMap((row) => (row.reversesEntryId === null ? [] : [row.reversesEntryId]))),
  ];
  const entry = { id: ledgerEntries.id, seq: ledgerEntries.seq, of: ledgerEntries.reversesEntryId };
  const reversals = await allForIds(ctx.tx, 'entryLinks.reversals', ids, (db, slots) =>
    db
      .select(entry)
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.reversesEntryId, slots))
      .prepare(),
  );
  const reversed = await allForIds(ctx.tx, 'entryLinks.reversed', reversedIds, (db, slots) =>
    db.select(entry).from(ledgerEntries).where(inArray(ledgerEntries.id, slots)).prepare(),
  );
  const bySeq = new Map(reversed.map((row) => [row.id, row.seq]));
  const links: EntryLinks = { reverses: new Map(), reversedBy: new Map(), importedBy: new Map() };
  for (const row of rows) {
    const seq = row.reversesEntryId === null ? undefined : bySeq.get(row.reversesEntryId);
    if (row.reversesEntryId !== null && seq !== undefined) {
      links.reverses.set(row.id, { id: row.reversesEntryId, label: `Reverses entry #${seq}` });
    }
  }
  for (const row of reversals) {
    if (row.of === null) continue;
    links.reversedBy.set(row.of, { id: row.id, label: `Reversed by entry #${row.seq}` });
  }
  for (const row of await importsOf(ctx, ids)) {
    links.importedBy.set(row.entryId, { id: row.batchId, label: `Import of ${row.fileName}` });
  }
  return links;
}

async function importsOf(ctx: Context, entryIds: string[]) {
  return await allForIds(ctx.tx, 'entryLinks.imports', entryIds, (db, slots) =>
    db
      .select({
        entryId: importBatchItems.entityId,
        batchId: importBatches.id,
        fileName: importBatches.fileName,
      })
      .from(importBatchItems)
      .innerJoin(importBatches, eq(importBatches.id, importBatchItems.batchId))
      .where(
        and(eq(importBatchItems.entityType, 'entry'), inArray(importBatchItems.entityId, slots)),
      )
      .prepare(),
  );
}
