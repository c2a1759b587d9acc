/**
 * How one balance entry posts to the general ledger: debits and credits in minor units, always
 * equal. A credit to a customer first pays their debt on the balance (receivables), and only the
 * rest becomes credit owed (prepayments for paid credit, promotional credit for promotional); a
 * debit takes credit owed by the grants its allocations name, and what goes below zero becomes
 * debt (receivables). The other side comes from the entry's type: docs/rules.md "Reports and
 * journal" gives the table and why.
 */
import type { JournalAccount } from '../../../shared/contract/report-types.ts';
import type { GrantKind, LedgerEntryType } from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import { negate } from '../../../shared/money.ts';
import { entryType, type AllocationRow, type EntryRow, type GrantRow } from './rows.ts';

export type Side = 'debit' | 'credit';

/**
 * Receives each posting of an entry that moves money (never one of zero), so a journal of many
 * entries adds them up without an array per entry.
 */
export type PostingSink = (account: JournalAccount, side: Side, amountMinor: number) => void;

/** The account a credit to the customer comes from (the debit side). */
const SOURCE_OF_CREDIT: Partial<Record<LedgerEntryType, JournalAccount>> = {
  top_up: 'cash',
  overpayment: 'cash',
  debt_payment: 'cash',
  promotional_credit: 'promotionalExpense',
  credit_note: 'revenue',
  unapplied_from_invoice: 'receivables',
  adjustment: 'adjustments',
};

/** The account a debit to the customer goes to (the credit side); expiry depends on the kind. */
const TARGET_OF_DEBIT: Partial<Record<LedgerEntryType, JournalAccount>> = {
  applied_to_invoice: 'receivables',
  charge: 'revenue',
  refund: 'cash',
  adjustment: 'adjustments',
};

const EXPIRY_TARGET: Record<GrantKind, JournalAccount> = {
  paid: 'breakage',
  promotional: 'promotionalExpense',
};

const HOLDER_OF: Record<GrantKind, JournalAccount> = {
  paid: 'prepayments',
  promotional: 'promotionalCredit',
};

export type PostingContext = {
  /** The grant each credit entry formed, by entry id. */
  grantOfEntry: ReadonlyMap<string, GrantRow>;
  grantsById: ReadonlyMap<string, GrantRow>;
  allocationsOfEntry: ReadonlyMap<string, readonly AllocationRow[]>;
};

/** Hands each of the entry's postings above zero to `sink`; debits and credits are checked equal. */
export function postInto(entry: EntryRow, context: PostingContext, sink: PostingSink): void {
  const sides = { debit: 0, credit: 0 };
  const put: PostingSink = (account, side, amountMinor) => {
    sides[side] += amountMinor;
    if (amountMinor !== 0) sink(account, side, amountMinor);
  };
  if (entry.amountMinor > 0) postCredit(entry, context, put);
  else postDebit(entry, context, put);
  assert(
    sides.debit === sides.credit && sides.debit === Math.abs(entry.amountMinor),
    () => `entry ${entry.id} unbalanced`,
  );
}

function postCredit(entry: EntryRow, context: PostingContext, put: PostingSink): void {
  const type = entryType(entry);
  const source = SOURCE_OF_CREDIT[type];
  assert(source !== undefined, () => `${type} never credits a balance`);
  const grant = context.grantOfEntry.get(entry.id);
  const grantedMinor = grant?.originalMinor ?? 0;
  const before = entry.balanceAfterMinor - entry.amountMinor;
  const debtPaidMinor = Math.min(entry.amountMinor, Math.max(-before, 0));
  assert(
    debtPaidMinor + grantedMinor === entry.amountMinor,
    () => `entry ${entry.id}: debt and grant`,
  );
  put(source, 'debit', entry.amountMinor);
  put('receivables', 'credit', debtPaidMinor);
  put(HOLDER_OF[grant?.kind ?? 'paid'], 'credit', grantedMinor);
}

function postDebit(entry: EntryRow, context: PostingContext, put: PostingSink): void {
  const type = entryType(entry);
  let paidMinor = 0;
  let promotionalMinor = 0;
  for (const allocation of context.allocationsOfEntry.get(entry.id) ?? []) {
    const grant = context.grantsById.get(allocation.grantId);
    assert(grant !== undefined, () => `allocation of entry ${entry.id} names an unknown grant`);
    if (grant.kind === 'paid') paidMinor += allocation.amountMinor;
    else promotionalMinor += allocation.amountMinor;
  }
  const debtMinor = negate(entry.amountMinor) - paidMinor - promotionalMinor;
  assert(debtMinor >= 0, () => `entry ${entry.id} took more than it debited`);
  put('prepayments', 'debit', paidMinor);
  put('promotionalCredit', 'debit', promotionalMinor);
  put('receivables', 'debit', debtMinor);
  if (type === 'expiration') {
    assert(debtMinor === 0, () => `expiry ${entry.id} cannot make debt`);
    put(EXPIRY_TARGET.paid, 'credit', paidMinor);
    put(EXPIRY_TARGET.promotional, 'credit', promotionalMinor);
    return;
  }
  const target = TARGET_OF_DEBIT[type];
  assert(target !== undefined, () => `${type} never debits a balance`);
  put(target, 'credit', negate(entry.amountMinor));
}
