/**
 * Pure decisions of imports: the words an imported entry and invoice carry (the opening date and
 * the file, so who and which file stay readable in the ledger), a batch row as the contract
 * shows it, and the sentence naming what spent a batch's credit.
 */
import type { ImportBatch, ImportTotal } from '../../../../shared/contract/import-types.ts';
import type { ImportKind } from '../../../../shared/contract/schemas/imports.ts';

/** A batch as stored (db/schema-imports.ts), named here so the rules need no repository. */
export type BatchRow = {
  id: string;
  kind: string;
  fileName: string;
  sha256: string;
  rowCount: number;
  skippedCount: number;
  totalsJson: string;
  actorId: string;
  importedAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
  undoReason: string | null;
};

/** How many rows are written between two turns of the event loop at most. */
export const IMPORT_ROWS_PER_TURN = 500;
/**
 * A file of at most this many rows keeps its accepted rows from the check for the writing (a
 * few MB), instead of reading them again; a larger one is read again, never all held.
 */
export const IMPORT_ROWS_KEPT_MAX = 10_000;
/** How many planned rows are written together (a few prepared statements each). */
export const IMPORT_ROWS_PER_SLICE = 50;
/** Machine time one turn of writing may take before the loop is let go (ms). */
export const IMPORT_TURN_MS = 20;

/** Marks an invoice the application did not number: an import kept the number it had. */
export const IMPORTED_ORIGIN = 'import';

export type EntryWords = { kind: ImportKind; on: string; fileName: string; row: number };

/** The ledger entry's description: what it is, as of which day, from which file and row. */
export function openingDescription(words: EntryWords, detail: string | null): string {
  const what = {
    customers: 'Customer',
    opening_lots: 'Opening credit',
    opening_debt: 'Opening debt',
    open_invoices: 'Open invoice',
    balance_history: 'Past balance',
  }[words.kind];
  const more = detail ? `: ${detail}` : '';
  return `${what} as of ${words.on}${more} (imported from ${words.fileName}, row ${words.row})`;
}

export function toImportBatch(row: BatchRow): ImportBatch {
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    fileName: row.fileName,
    sha256: row.sha256,
    rowCount: row.rowCount,
    skippedCount: row.skippedCount,
    totals: JSON.parse(row.totalsJson) as ImportTotal[],
    importedBy: row.actorId,
    importedAt: row.importedAt,
    undoneAt: row.undoneAt,
    undoneBy: row.undoneBy,
    undoReason: row.undoReason,
  };
}

export type Spender = { id: string; type: string; description: string | null; occurredAt: string };

/** Why undo is refused: the row's credit was spent, naming the entry that spent it. */
export function spentWords(row: number, spender: Spender | undefined): string {
  if (!spender) return `The credit of row ${row} went to pay a debt; it cannot be taken back`;
  const what = spender.description ?? spender.type;
  const on = spender.occurredAt.slice(0, 10);
  return `The credit of row ${row} has been spent since: ${what} on ${on} (entry ${spender.id})`;
}
