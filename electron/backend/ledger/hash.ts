/** Hash chains: each row's hash covers its own fields and the hash of the row before it. */
import type { ledgerEntries } from '../db/schema.ts';
import { hash, randomUUID } from 'node:crypto';

/** SHA-256 of the previous hash, a newline and the fields as JSON (one-shot: no Hash object). */
export function chainHash(prevHash: string, fields: readonly unknown[]): string {
  return hash('sha256', `${prevHash}\n${JSON.stringify(fields)}`, 'hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomUUID()}`;
}

type EntryRow = typeof ledgerEntries.$inferSelect;

/**
 * The fields an entry's hash covers, in a fixed order: since effective dates and reversals exist,
 * its business date and the entry it reverses too.
 */
export function entryHash(entry: Omit<EntryRow, 'hash'>): string {
  return chainHash(entry.prevHash, [
    ...legacyFields(entry),
    entry.effectiveOn,
    entry.reversesEntryId,
  ]);
}

/**
 * The hash of an entry written before effective dates existed: it covers neither field.
 * Verification accepts it only for an entry no reversal and dated as the migration dated it.
 */
export function legacyEntryHash(entry: Omit<EntryRow, 'hash'>): string {
  return chainHash(entry.prevHash, legacyFields(entry));
}

function legacyFields(entry: Omit<EntryRow, 'hash'>): unknown[] {
  return [
    entry.id,
    entry.customerId,
    entry.seq,
    entry.type,
    entry.amountMinor,
    entry.balanceAfterMinor,
    entry.occurredAt,
    entry.actorId,
    entry.reason,
    entry.description,
    entry.invoiceId,
    entry.paymentId,
    entry.creditNoteId,
    entry.timeEntryId,
    entry.grantId,
  ];
}
