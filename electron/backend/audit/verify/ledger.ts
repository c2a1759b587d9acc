/**
 * The ledger's hash chains, one per customer, in one pass over the entries in (customer, seq)
 * order: entries numbered 1..n with no gap, each continuing the chain and matching its hash, each
 * balance after the one before plus the amount, the customer row holding the last of them. With
 * them, what each entry did to the lots: a debit took from lots exactly the part of it the
 * positive balance covered, a credit took nothing, and a credit formed a lot of its own exactly
 * when something was left after paying any debt (and, for a reversal, giving back to lots).
 */
import type Database from 'better-sqlite3';
import type { ledgerEntries } from '../../db/schema.ts';
import { dateInZone } from '../../../../shared/dates.ts';
import { entryHash, legacyEntryHash } from '../../ledger/hash.ts';

type EntryRow = typeof ledgerEntries.$inferSelect;
import type { Report } from './report.ts';

type CustomerState = {
  id: string;
  balance_minor: number;
  last_seq: number;
  last_entry_hash: string;
};

type Chain = { seq: number; balance: number; hash: string };

type CheckedEntry = EntryRow & { takenMinor: number; grantEntryId: string | null };

const ENTRY_COLUMNS = `e.id, e.customer_id AS customerId, e.seq, e.type,
  e.amount_minor AS amountMinor, e.balance_after_minor AS balanceAfterMinor,
  e.occurred_at AS occurredAt, e.actor_id AS actorId, e.reason, e.description,
  e.invoice_id AS invoiceId, e.payment_id AS paymentId, e.credit_note_id AS creditNoteId,
  e.time_entry_id AS timeEntryId, e.grant_id AS grantId, e.prev_hash AS prevHash, e.hash,
  e.effective_on AS effectiveOn, e.reverses_entry_id AS reversesEntryId,
  (SELECT COALESCE(SUM(a.amount_minor), 0) FROM grant_allocations a WHERE a.entry_id = e.id)
    AS takenMinor,
  (SELECT g.entry_id FROM grants g WHERE g.id = e.grant_id) AS grantEntryId`;

export function verifyLedgerChains(
  sqlite: Database.Database,
  report: Report,
  timeZone: string,
): void {
  // Entries are read in the order they were written (one sequential scan of the table, not a
  // walk of the index that jumps across the file), each continuing its customer's chain.
  const chains = new Map<string, Chain>();
  const entries = sqlite
    .prepare(`SELECT ${ENTRY_COLUMNS} FROM ledger_entries e ORDER BY e.rowid`)
    .iterate() as IterableIterator<CheckedEntry>;
  for (const entry of entries) {
    const chain = chains.get(entry.customerId) ?? { seq: 0, balance: 0, hash: '' };
    const where = `ledger entry ${entry.id} (customer ${entry.customerId}, #${entry.seq})`;
    report.checked += 1;
    if (entry.seq !== chain.seq + 1) {
      report.add(`${where}: expected #${chain.seq + 1}, a gap or a repeat`);
    }
    if (entry.prevHash !== chain.hash)
      report.add(`${where}: does not continue the chain before it`);
    if (!matchesHash(entry, timeZone)) report.add(`${where}: contents do not match its hash`);
    if (entry.balanceAfterMinor !== chain.balance + entry.amountMinor) {
      report.add(`${where}: balance after is not the balance before plus the amount`);
    }
    checkLots(entry, where, report);
    chains.set(entry.customerId, {
      seq: entry.seq,
      balance: entry.balanceAfterMinor,
      hash: entry.hash,
    });
  }
  const customerRows = sqlite
    .prepare('SELECT id, balance_minor, last_seq, last_entry_hash FROM customers')
    .iterate() as IterableIterator<CustomerState>;
  for (const customer of customerRows) {
    const chain = chains.get(customer.id) ?? { seq: 0, balance: 0, hash: '' };
    chains.delete(customer.id);
    if (
      customer.balance_minor !== chain.balance ||
      customer.last_seq !== chain.seq ||
      customer.last_entry_hash !== chain.hash
    ) {
      report.add(`customer ${customer.id}: stored balance does not match the sum of its entries`);
    }
  }
  for (const customerId of chains.keys()) {
    report.add(`customer ${customerId}: has ledger entries but is missing`);
  }
}

/**
 * An entry hashed before effective dates existed matches its legacy hash only while it is no
 * reversal and its business date is the one the migration gave it (its recording day in the
 * book's zone), so changing either still breaks the entry.
 */
function matchesHash(entry: CheckedEntry, timeZone: string): boolean {
  if (entryHash(entry) === entry.hash) return true;
  const migratedOn = dateInZone(new Date(entry.occurredAt), timeZone);
  return (
    entry.reversesEntryId === null &&
    entry.effectiveOn === migratedOn &&
    legacyEntryHash(entry) === entry.hash
  );
}

/** What the entry took from lots, and the lot it formed, follow from its hashed amounts alone. */
function checkLots(entry: CheckedEntry, where: string, report: Report): void {
  const beforeMinor = entry.balanceAfterMinor - entry.amountMinor;
  if (entry.amountMinor < 0) {
    const spendableMinor = Math.min(0 - entry.amountMinor, Math.max(beforeMinor, 0));
    if (entry.takenMinor !== spendableMinor) {
      report.add(
        `${where}: took ${entry.takenMinor} from lots where its debit spent ${spendableMinor}`,
      );
    }
    return;
  }
  // A reversal of a debit gives back to lots (negative allocations); no other credit touches them.
  const gaveBack = entry.type === 'reversal' && entry.takenMinor < 0;
  if (entry.takenMinor !== 0 && !gaveBack) report.add(`${where}: a credit that took from lots`);
  const lotMinor =
    Math.min(entry.amountMinor, Math.max(entry.balanceAfterMinor, 0)) + entry.takenMinor;
  if (lotMinor < 0) report.add(`${where}: gave back to lots more than it credited`);
  if (lotMinor > 0 && entry.grantEntryId !== entry.id) {
    report.add(
      `${where}: the lot ${entry.grantId ?? '(none)'} it created is missing or not its own`,
    );
  }
}
