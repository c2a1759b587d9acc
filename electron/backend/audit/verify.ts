/**
 * The built-in verification (SPEC 7): recomputes every hash chain and checks the invariants
 * from the stored rows alone, naming each break. Invariants: a customer's entries are numbered
 * 1..n with no gap; each entry's balance after is the one before plus its amount; the customer's
 * balance is the last of them; each grant's remaining is its original less what debits took; the
 * open grants of a customer add up to the positive part of the balance; no debit took more from
 * grants than its amount; every invoice's amount due is its total less credit applied, paid and
 * credit notes, and its totals are the sums of its lines; issued invoices are numbered 1..n with
 * no gap; the audit log's chain is unbroken.
 */
import type Database from 'better-sqlite3';
import type { AuditVerification } from '../../../shared/contract/types.ts';
import { entryHash, type EntryRow } from '../ledger/post-entry.ts';
import { auditHash, type AuditRow } from './write.ts';

export const PROBLEMS_MAX = 200;

type Report = { problems: string[]; checked: number; add: (problem: string) => void };

export function verifyAll(sqlite: Database.Database): AuditVerification {
  const problems: string[] = [];
  const report: Report = {
    problems,
    checked: 0,
    add: (problem) => {
      if (problems.length < PROBLEMS_MAX) problems.push(problem);
    },
  };
  verifyLedgerChains(sqlite, report);
  verifyGrants(sqlite, report);
  verifyInvoices(sqlite, report);
  verifyAuditChain(sqlite, report);
  return { ok: problems.length === 0, checked: report.checked, problems };
}

type CustomerState = {
  id: string;
  balance_minor: number;
  last_seq: number;
  last_entry_hash: string;
};

const ENTRY_COLUMNS = `id, customer_id AS customerId, seq, type, amount_minor AS amountMinor,
  balance_after_minor AS balanceAfterMinor, occurred_at AS occurredAt, actor_id AS actorId, reason,
  description, invoice_id AS invoiceId, payment_id AS paymentId, credit_note_id AS creditNoteId,
  time_entry_id AS timeEntryId, grant_id AS grantId, prev_hash AS prevHash, hash`;

function verifyLedgerChains(sqlite: Database.Database, report: Report): void {
  const customerRows = sqlite
    .prepare('SELECT id, balance_minor, last_seq, last_entry_hash FROM customers ORDER BY id')
    .all() as CustomerState[];
  const entries = sqlite
    .prepare(`SELECT ${ENTRY_COLUMNS} FROM ledger_entries ORDER BY customer_id, seq`)
    .iterate() as IterableIterator<EntryRow>;
  let next = entries.next();
  for (const customer of customerRows) {
    let seq = 0;
    let balance = 0;
    let hash = '';
    while (!next.done && next.value.customerId < customer.id) next = entries.next();
    while (!next.done && next.value.customerId === customer.id) {
      const entry = next.value;
      const where = `ledger entry ${entry.id} (customer ${customer.id}, #${entry.seq})`;
      report.checked += 1;
      if (entry.seq !== seq + 1) report.add(`${where}: expected #${seq + 1}, a gap or a repeat`);
      if (entry.prevHash !== hash) report.add(`${where}: does not continue the chain before it`);
      if (entryHash(entry) !== entry.hash) report.add(`${where}: contents do not match its hash`);
      if (entry.balanceAfterMinor !== balance + entry.amountMinor) {
        report.add(`${where}: balance after is not the balance before plus the amount`);
      }
      seq = entry.seq;
      balance = entry.balanceAfterMinor;
      hash = entry.hash;
      next = entries.next();
    }
    if (
      customer.balance_minor !== balance ||
      customer.last_seq !== seq ||
      customer.last_entry_hash !== hash
    ) {
      report.add(`customer ${customer.id}: stored balance does not match the sum of its entries`);
    }
  }
}

function verifyGrants(sqlite: Database.Database, report: Report): void {
  const grantRows = sqlite
    .prepare(
      `SELECT g.id, g.original_minor AS original, g.remaining_minor AS remaining,
         COALESCE((SELECT SUM(a.amount_minor) FROM grant_allocations a WHERE a.grant_id = g.id), 0) AS taken
       FROM grants g`,
    )
    .iterate() as IterableIterator<{
    id: string;
    original: number;
    remaining: number;
    taken: number;
  }>;
  for (const grant of grantRows) {
    report.checked += 1;
    if (grant.remaining !== grant.original - grant.taken || grant.remaining < 0) {
      report.add(`grant ${grant.id}: remaining is not its original less what debits took`);
    }
  }
  const customerRows = sqlite
    .prepare(
      `SELECT c.id, c.balance_minor AS balance,
         COALESCE((SELECT SUM(remaining_minor) FROM grants g WHERE g.customer_id = c.id), 0) AS open
       FROM customers c`,
    )
    .all() as { id: string; balance: number; open: number }[];
  for (const customer of customerRows) {
    if (customer.open !== Math.max(customer.balance, 0)) {
      report.add(`customer ${customer.id}: open grants do not add up to the positive balance`);
    }
  }
  const overTaken = sqlite
    .prepare(
      `SELECT e.id FROM ledger_entries e JOIN grant_allocations a ON a.entry_id = e.id
       GROUP BY e.id HAVING SUM(a.amount_minor) > -MIN(e.amount_minor)`,
    )
    .all() as { id: string }[];
  for (const entry of overTaken)
    report.add(`ledger entry ${entry.id}: took more from grants than its amount`);
}

type InvoiceCheck = {
  id: string;
  status: string;
  number_seq: number | null;
  total: number;
  due: number;
  settled: number;
  subtotal: number;
  tax: number;
  line_amounts: number;
  line_tax: number;
};

function verifyInvoices(sqlite: Database.Database, report: Report): void {
  const rows = sqlite
    .prepare(
      `SELECT i.id, i.status, i.number_seq, i.total_minor AS total, i.amount_due_minor AS due,
         i.credit_applied_minor + i.amount_paid_minor + i.credit_noted_minor AS settled,
         i.subtotal_minor AS subtotal, i.tax_minor AS tax,
         COALESCE(SUM(l.amount_minor), 0) AS line_amounts, COALESCE(SUM(l.tax_minor), 0) AS line_tax
       FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id
       GROUP BY i.id ORDER BY i.rowid`,
    )
    .iterate() as IterableIterator<InvoiceCheck>;
  for (const invoice of rows) {
    report.checked += 1;
    const where = `invoice ${invoice.id}`;
    if (invoice.due !== invoice.total - invoice.settled || invoice.due < 0) {
      report.add(
        `${where}: amount due is not its total less credit applied, paid and credit notes`,
      );
    }
    if (invoice.subtotal !== invoice.line_amounts || invoice.tax !== invoice.line_tax) {
      report.add(`${where}: totals are not the sums of its lines`);
    }
    if ((invoice.status === 'draft') !== (invoice.number_seq === null)) {
      report.add(`${where}: a number must be given at issue and never to a draft`);
    }
  }
  const numbers = sqlite
    .prepare(
      'SELECT number_seq AS seq FROM invoices WHERE number_seq IS NOT NULL ORDER BY number_seq',
    )
    .all() as { seq: number }[];
  numbers.forEach((row, index) => {
    if (row.seq !== index + 1)
      report.add(`invoice number ${index + 1} is missing from the sequence`);
  });
  const next = sqlite.prepare('SELECT next_invoice_seq AS next FROM settings').get() as
    { next: number } | undefined;
  if (next && next.next !== numbers.length + 1) {
    report.add(`the next invoice number ${next.next} does not follow the ${numbers.length} issued`);
  }
}

const AUDIT_COLUMNS = `seq, id, at, actor_id AS actorId, action, entity_type AS entityType,
  entity_id AS entityId, reason, before_json AS beforeJson, after_json AS afterJson,
  prev_hash AS prevHash, hash`;

function verifyAuditChain(sqlite: Database.Database, report: Report): void {
  const events = sqlite
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY seq`)
    .iterate() as IterableIterator<AuditRow>;
  let hash = '';
  for (const event of events) {
    report.checked += 1;
    const where = `audit event ${event.id} (#${event.seq})`;
    if (event.prevHash !== hash) report.add(`${where}: does not continue the chain before it`);
    if (auditHash(event) !== event.hash) report.add(`${where}: contents do not match its hash`);
    hash = event.hash;
  }
}
