/**
 * Lots (`grants`) against the entries that created and consumed them, in one pass over the lots.
 * A lot is the one its creating entry names, of that entry's customer, numbered and dated as it;
 * its original is what that entry credited after paying any debt; its remaining is the original
 * less what debits took (and plus what reversals gave back). Kind, expiry and original are also in the lot's audit record (written
 * since that record exists): a lot with a record must match it, and once a customer's lots carry
 * records, every later lot of that customer must carry one too (older lots verify as before).
 * Each customer's open lots add up to the positive part of its balance, and each debit took only
 * from its own customer's earlier lots (a refund only from paid ones).
 */
import type Database from 'better-sqlite3';
import { GRANT_RECORD } from '../records.ts';
import { verifyAllocationCopies } from './allocation-copies.ts';
import { parseObject, type Report } from './report.ts';

type LotRow = {
  id: string;
  customerId: string;
  kind: string;
  originalMinor: number;
  remainingMinor: number;
  expiresOn: string | null;
  createdSeq: number;
  createdAt: string;
  takenMinor: number;
  entryId: string | null;
  entryCustomerId: string | null;
  entrySeq: number | null;
  entryAt: string | null;
  entryGrantId: string | null;
  entryAmountMinor: number | null;
  entryBalanceAfterMinor: number | null;
  entryTakenMinor: number;
  recordJson: string | null;
};

const LOT_QUERY = `SELECT g.id, g.customer_id AS customerId, g.kind,
    g.original_minor AS originalMinor,
    g.remaining_minor AS remainingMinor, g.expires_on AS expiresOn, g.created_seq AS createdSeq,
    g.created_at AS createdAt,
    (SELECT COALESCE(SUM(a.amount_minor), 0) FROM grant_allocations a WHERE a.grant_id = g.id)
      AS takenMinor,
    e.id AS entryId, e.customer_id AS entryCustomerId, e.seq AS entrySeq, e.occurred_at AS entryAt,
    e.grant_id AS entryGrantId, e.amount_minor AS entryAmountMinor,
    e.balance_after_minor AS entryBalanceAfterMinor,
    (SELECT COALESCE(SUM(b.amount_minor), 0) FROM grant_allocations b WHERE b.entry_id = e.id)
      AS entryTakenMinor,
    (SELECT v.after_json FROM audit_events v WHERE v.entity_type = ? AND v.entity_id = g.id
      ORDER BY v.seq LIMIT 1) AS recordJson
  FROM grants g LEFT JOIN ledger_entries e ON e.id = g.entry_id`;

/** Per customer: the first lot with a record, and the last lot without one. */
type Versions = Map<
  string,
  { firstRecordedSeq: number; lastBare: { seq: number; id: string } | null }
>;

export function verifyLots(sqlite: Database.Database, report: Report): void {
  const versions: Versions = new Map();
  const lots = sqlite
    .prepare(LOT_QUERY)
    .iterate(GRANT_RECORD.entityType) as IterableIterator<LotRow>;
  for (const lot of lots) {
    report.checked += 1;
    checkAgainstEntry(lot, report);
    const remainingMinor = lot.originalMinor - lot.takenMinor;
    const outOfRange = lot.remainingMinor < 0 || lot.remainingMinor > lot.originalMinor;
    if (lot.remainingMinor !== remainingMinor || outOfRange) {
      report.add(`grant ${lot.id}: remaining is not its original less what debits took`);
    }
    checkRecord(lot, report);
    noteVersion(versions, lot);
  }
  for (const [customerId, version] of versions) {
    const bare = version.lastBare;
    if (bare && bare.seq > version.firstRecordedSeq) {
      report.add(
        `grant ${bare.id}: has no audit record, though earlier lots of customer ${customerId} do`,
      );
    }
  }
  verifyOpenLots(sqlite, report);
  verifyAllocations(sqlite, report);
  verifyAllocationCopies(sqlite, report);
}

/**
 * A reversal may give back to a lot (a negative allocation) at most what the entry it reverses
 * took from that lot.
 */
const GIVEN_BACK = `(e.type = 'reversal' AND a.amount_minor < 0 AND -a.amount_minor <= COALESCE(
  (SELECT o.amount_minor FROM grant_allocations o
   WHERE o.entry_id = e.reverses_entry_id AND o.grant_id = a.grant_id), 0))`;

/** Each debit took from its own customer's earlier lots, and a refund only from paid ones. */
function verifyAllocations(sqlite: Database.Database, report: Report): void {
  const strays = sqlite
    .prepare(
      `SELECT a.entry_id AS entryId, a.grant_id AS grantId FROM grant_allocations a
       LEFT JOIN grants g ON g.id = a.grant_id LEFT JOIN ledger_entries e ON e.id = a.entry_id
       WHERE g.id IS NULL OR e.id IS NULL OR g.customer_id <> e.customer_id
         OR g.created_seq >= e.seq OR (a.amount_minor <= 0 AND NOT ${GIVEN_BACK})
         OR (e.type = 'refund' AND g.kind <> 'paid')`,
    )
    .all() as { entryId: string; grantId: string }[];
  for (const stray of strays) {
    report.add(`ledger entry ${stray.entryId}: took from grant ${stray.grantId}, which it may not`);
  }
}

function checkAgainstEntry(lot: LotRow, report: Report): void {
  const isOwn =
    lot.entryId !== null &&
    lot.entryGrantId === lot.id &&
    lot.entryCustomerId === lot.customerId &&
    lot.entrySeq === lot.createdSeq &&
    lot.entryAt === lot.createdAt;
  if (!isOwn) {
    report.add(`grant ${lot.id}: is not the lot its entry ${lot.entryId ?? '(none)'} created`);
    return;
  }
  // What a reversal gave back to other lots (a negative sum) is not in the lot it formed.
  const creditedMinor =
    Math.min(lot.entryAmountMinor ?? 0, Math.max(lot.entryBalanceAfterMinor ?? 0, 0)) +
    lot.entryTakenMinor;
  if (lot.originalMinor !== creditedMinor) {
    report.add(`grant ${lot.id}: original is not what entry ${lot.entryId} credited`);
  }
}

function checkRecord(lot: LotRow, report: Report): void {
  if (lot.recordJson === null) return;
  const record = parseObject(lot.recordJson);
  const matches =
    record !== null &&
    record.entryId === lot.entryId &&
    record.kind === lot.kind &&
    record.originalMinor === lot.originalMinor &&
    record.expiresOn === lot.expiresOn;
  if (!matches)
    report.add(`grant ${lot.id}: kind, expiry or original differs from its audit record`);
}

function noteVersion(versions: Versions, lot: LotRow): void {
  const version = versions.get(lot.customerId) ?? {
    firstRecordedSeq: Number.POSITIVE_INFINITY,
    lastBare: null,
  };
  if (lot.recordJson !== null) {
    version.firstRecordedSeq = Math.min(version.firstRecordedSeq, lot.createdSeq);
  } else if (version.lastBare === null || lot.createdSeq > version.lastBare.seq) {
    version.lastBare = { seq: lot.createdSeq, id: lot.id };
  }
  versions.set(lot.customerId, version);
}

function verifyOpenLots(sqlite: Database.Database, report: Report): void {
  const customerRows = sqlite
    .prepare(
      `SELECT c.id, c.balance_minor AS balance, COALESCE(s.open, 0) AS open
       FROM customers c LEFT JOIN (
         SELECT customer_id, SUM(remaining_minor) AS open FROM grants GROUP BY customer_id
       ) s ON s.customer_id = c.id`,
    )
    .all() as { id: string; balance: number; open: number }[];
  for (const customer of customerRows) {
    if (customer.open !== Math.max(customer.balance, 0)) {
      report.add(`customer ${customer.id}: open grants do not add up to the positive balance`);
    }
  }
}
