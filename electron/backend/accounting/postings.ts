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

export type Posting = { account: JournalAccount; side: 'debit' | 'credit'; amountMinor: number };

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

export function postingsOf(entry: EntryRow, context: PostingContext): Posting[] {
  const postings =
    entry.amountMinor > 0 ? creditPostings(entry, context) : debitPostings(entry, context);
  const debit = postings.reduce((sum, p) => sum + (p.side === 'debit' ? p.amountMinor : 0), 0);
  const credit = postings.reduce((sum, p) => sum + (p.side === 'credit' ? p.amountMinor : 0), 0);
  assert(debit === credit && debit === Math.abs(entry.amountMinor), `entry ${entry.id} unbalanced`);
  return postings.filter((posting) => posting.amountMinor !== 0);
}

function creditPostings(entry: EntryRow, context: PostingContext): Posting[] {
  const type = entryType(entry);
  const source = SOURCE_OF_CREDIT[type];
  assert(source !== undefined, `${type} never credits a balance`);
  const grant = context.grantOfEntry.get(entry.id);
  const grantedMinor = grant?.originalMinor ?? 0;
  const before = entry.balanceAfterMinor - entry.amountMinor;
  const debtPaidMinor = Math.min(entry.amountMinor, Math.max(-before, 0));
  assert(debtPaidMinor + grantedMinor === entry.amountMinor, `entry ${entry.id}: debt and grant`);
  return [
    { account: source, side: 'debit', amountMinor: entry.amountMinor },
    { account: 'receivables', side: 'credit', amountMinor: debtPaidMinor },
    { account: HOLDER_OF[grant?.kind ?? 'paid'], side: 'credit', amountMinor: grantedMinor },
  ];
}

function debitPostings(entry: EntryRow, context: PostingContext): Posting[] {
  const type = entryType(entry);
  const taken: Record<GrantKind, number> = { paid: 0, promotional: 0 };
  for (const allocation of context.allocationsOfEntry.get(entry.id) ?? []) {
    const grant = context.grantsById.get(allocation.grantId);
    assert(grant !== undefined, `allocation of entry ${entry.id} names an unknown grant`);
    taken[grant.kind] += allocation.amountMinor;
  }
  const debtMinor = negate(entry.amountMinor) - taken.paid - taken.promotional;
  assert(debtMinor >= 0, `entry ${entry.id} took more than it debited`);
  const postings: Posting[] = [
    { account: 'prepayments', side: 'debit', amountMinor: taken.paid },
    { account: 'promotionalCredit', side: 'debit', amountMinor: taken.promotional },
    { account: 'receivables', side: 'debit', amountMinor: debtMinor },
  ];
  if (type === 'expiration') {
    assert(debtMinor === 0, `expiry ${entry.id} cannot make debt`);
    return [
      ...postings,
      { account: EXPIRY_TARGET.paid, side: 'credit', amountMinor: taken.paid },
      { account: EXPIRY_TARGET.promotional, side: 'credit', amountMinor: taken.promotional },
    ];
  }
  const target = TARGET_OF_DEBIT[type];
  assert(target !== undefined, `${type} never debits a balance`);
  return [...postings, { account: target, side: 'credit', amountMinor: negate(entry.amountMinor) }];
}
