/**
 * Shapes `balance.history` adds to an entry (SPEC 12): the lots a debit took, and the documents
 * behind it. Re-exported by `types.ts`.
 */
import type { MoneyString } from '../money.ts';

/** A lot (grant) a debit took from, and how much. */
export type EntryLot = {
  grantId: string;
  kind: 'paid' | 'promotional';
  expiresOn: string | null;
  amount: MoneyString;
};

/**
 * The documents an entry can link to: besides the invoice, payment, credit note and time entry
 * behind it, the entry a reversal undid or the reversal that undid it (`reversal`, its id an
 * entry's), and the import that wrote it (`importBatch`, its id a batch's).
 */
export const ENTRY_DOCUMENT_KINDS = [
  'invoice',
  'payment',
  'creditNote',
  'timeEntry',
  'reversal',
  'importBatch',
] as const;
export type EntryDocumentKind = (typeof ENTRY_DOCUMENT_KINDS)[number];

/** A document behind an entry: its kind, the id a screen opens it by, and its words. */
export type EntryDocument = { kind: EntryDocumentKind; id: string; label: string };
