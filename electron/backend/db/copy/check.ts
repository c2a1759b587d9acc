/**
 * What `book.copyTo` checks on the target before it commits the copy: `audit.verify` passes on
 * it (the very verification a book gets from the app), every table holds as many rows as the
 * source's, and the balances, lots and open invoices read the same on both sides, read by the
 * same portable queries on each store with every integer exact. A difference is a bug of the
 * copy (an assertion): the target's transaction rolls back and nothing is kept.
 */
import { sql } from 'drizzle-orm';
import { assert } from '../../../../shared/errors.ts';
import type { Tx } from '../../storage/storage.ts';
import { verifyAll } from '../../audit/verify.ts';
import { copyServerBook } from '../pg/snapshot.ts';
import { serverTriggersToRestore } from '../pg/triggers.ts';
import type { Row } from './rows.ts';

/** The figures both sides must agree on. */
export type BookFigures = { balances: Row[]; lots: Row[]; openInvoices: Row[] };

export async function readFigures(tx: Tx): Promise<BookFigures> {
  const balances = await tx.allExact(sql`SELECT l.customer_id AS "customerId", l.seq,
      l.balance_after_minor AS "balanceMinor"
    FROM ledger_entries l
    WHERE l.seq = (SELECT MAX(m.seq) FROM ledger_entries m WHERE m.customer_id = l.customer_id)
    ORDER BY l.customer_id`);
  const lots = await tx.allExact(sql`SELECT id, customer_id AS "customerId", kind,
      original_minor AS "originalMinor", remaining_minor AS "remainingMinor",
      expires_on AS "expiresOn"
    FROM grants ORDER BY id`);
  const openInvoices = await tx.allExact(sql`SELECT id, number, customer_id AS "customerId",
      total_minor AS "totalMinor", credit_applied_minor AS "creditAppliedMinor",
      amount_paid_minor AS "amountPaidMinor", credit_noted_minor AS "creditNotedMinor"
    FROM invoices WHERE status = 'open' ORDER BY id`);
  return { balances, lots, openInvoices };
}

/** Exact integers as text, so two reads compare whatever store gave them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? item.toString() : item,
  );
}

/** `audit.verify` on the target as it stands in `tx`: the checks the app runs on any book. */
async function verifyTarget(tx: Tx, timeZone: string) {
  if (tx.store === 'sqlite') return verifyAll(tx.sqlite, { triggers: tx.triggers, timeZone });
  const missingTriggers = await serverTriggersToRestore(tx);
  const copy = await copyServerBook(tx);
  try {
    return verifyAll(copy, { missingTriggers, timeZone });
  } finally {
    copy.close();
  }
}

export type CopyChecked = {
  ok: true;
  checked: number;
  customers: number;
  lots: number;
  openInvoices: number;
};

/** Checks the target (in its open transaction) against the source's counts and figures. */
export async function checkCopy(
  tx: Tx,
  source: { figures: BookFigures; counts: Record<string, number>; timeZone: string },
): Promise<CopyChecked> {
  const verification = await verifyTarget(tx, source.timeZone);
  assert(verification.ok, () => `the copy does not verify: ${verification.problems.join('; ')}`);
  for (const [name, count] of Object.entries(source.counts)) {
    const row = await tx.allExact(sql.raw(`SELECT COUNT(*) AS "rowCount" FROM "${name}"`));
    assert(String(row[0]?.rowCount) === String(count), () => `${name}: not every row was copied`);
  }
  const figures = await readFigures(tx);
  for (const key of ['balances', 'lots', 'openInvoices'] as const) {
    assert(canonical(figures[key]) === canonical(source.figures[key]), () => `${key} differ`);
  }
  return {
    ok: true,
    checked: verification.checked,
    customers: figures.balances.length,
    lots: figures.lots.length,
    openInvoices: figures.openInvoices.length,
  };
}
