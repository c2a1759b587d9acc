/**
 * The built-in verification (SPEC 7): recomputes every hash chain and checks the book's stored
 * rows against them, naming each break by its record's id. Each concern has its own file in
 * `verify/`, and each reads its tables in one pass, so a book of a million entries is checked in
 * time proportional to its size:
 * - `ledger.ts`: the ledger's chains, balances, and what each entry took from and gave to lots;
 * - `lots.ts`: lots against their creating entries, allocations and audit records;
 * - `invoices.ts`: amounts due, totals, gapless numbers;
 * - `chain.ts`: the audit chain, heads recorded outside the file, records the events name;
 * - `state.ts`: customers, users, settings and issued invoices against their audit events;
 * - `requests.ts`: request records against their audit records;
 * - `triggers.ts`: the append-only and integrity triggers are all in place.
 */
import type Database from 'better-sqlite3';
import type { AuditVerification } from '../../../shared/contract/types.ts';
import { systemTimeZone } from '../../../shared/dates.ts';
import { triggersToRestore, type TriggerDefinitions } from '../db/triggers.ts';
import type { ChainHead } from './chain-head.ts';
import { verifyAuditChain, verifyKnownHeads, verifyNamedRecords } from './verify/chain.ts';
import { verifyInvoices } from './verify/invoices.ts';
import { verifyLedgerChains } from './verify/ledger.ts';
import { verifyLots } from './verify/lots.ts';
import { newReport } from './verify/report.ts';
import { verifyRequests } from './verify/requests.ts';
import { verifyState } from './verify/state.ts';
import { verifyTriggers } from './verify/triggers.ts';

export { PROBLEMS_MAX } from './verify/report.ts';

export type VerifyOptions = {
  /** The triggers the file must hold (the connection's); unchecked when absent. */
  triggers?: TriggerDefinitions;
  /** A server book's triggers missing or disabled, found on the server (db/pg/triggers.ts). */
  missingTriggers?: readonly string[];
  /** Heads of the audit chain recorded outside the file; each must still be in the chain. */
  knownHeads?: readonly ChainHead[];
  /** The book's business zone: entries hashed before effective dates are dated in it. */
  timeZone?: string;
};

export function verifyAll(
  sqlite: Database.Database,
  options: VerifyOptions = {},
): AuditVerification {
  const report = newReport();
  const missing = options.triggers
    ? triggersToRestore(sqlite, options.triggers)
    : options.missingTriggers;
  if (missing) verifyTriggers(sqlite, missing, report);
  verifyLedgerChains(sqlite, report, options.timeZone ?? systemTimeZone());
  verifyLots(sqlite, report);
  verifyInvoices(sqlite, report);
  verifyAuditChain(sqlite, report);
  verifyKnownHeads(sqlite, options.knownHeads ?? [], report);
  verifyNamedRecords(sqlite, report);
  verifyState(sqlite, report);
  verifyRequests(sqlite, report);
  const { problems, notices, checked } = report;
  return { ok: problems.length === 0, checked, problems, notices };
}
