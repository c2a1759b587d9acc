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
 * The documents an entry can link to. Import batches (`importBatch`) and reversals
 * (`reversal`) join this list when their columns exist (issue #15's other half, #14).
 */
export const ENTRY_DOCUMENT_KINDS = ['invoice', 'payment', 'creditNote', 'timeEntry'] as const;
export type EntryDocumentKind = (typeof ENTRY_DOCUMENT_KINDS)[number];

/** A document behind an entry: its kind, the id a screen opens it by, and its words. */
export type EntryDocument = { kind: EntryDocumentKind; id: string; label: string };
