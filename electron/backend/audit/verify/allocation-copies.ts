/**
 * Each allocation carries copies, set when it is recorded, of its debit's business date and
 * customer and of its lot's kind, expiry and business date formed (the reports read them instead
 * of looking up an entry and a lot per allocation). Verification checks every copy against the
 * entry and the lot it names, so a copy changed behind the engine is named, not reported from.
 */
import type Database from 'better-sqlite3';
import type { Report } from './report.ts';

const DIFFERING_COPIES = `SELECT a.entry_id AS entryId, a.grant_id AS grantId
  FROM grant_allocations a
    JOIN ledger_entries e ON e.id = a.entry_id
    JOIN grants g ON g.id = a.grant_id
    JOIN ledger_entries f ON f.id = g.entry_id
  WHERE a.effective_on IS NOT e.effective_on OR a.customer_id IS NOT e.customer_id
    OR a.lot_kind IS NOT g.kind OR a.lot_expires_on IS NOT g.expires_on
    OR a.lot_formed_on IS NOT f.effective_on`;

export function verifyAllocationCopies(sqlite: Database.Database, report: Report): void {
  const rows = sqlite.prepare(DIFFERING_COPIES).all() as { entryId: string; grantId: string }[];
  for (const row of rows) {
    report.add(
      `ledger entry ${row.entryId}: what it took from grant ${row.grantId} carries another ` +
        `business date, customer, or lot kind, expiry or date formed than its entry and lot`,
    );
  }
}
