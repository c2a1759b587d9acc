/**
 * Where each customer stood at a moment: credit owed by kind and expiry month (each grant's
 * original less what allocations took from it) and debt on the balance (the last entry's balance
 * below zero). The two views are checked against each other: the credit held in grants always
 * equals the balance above zero, or the rows were not read as at one moment. Positions at the
 * start of a period are found by taking the period's entries back from those at its end. One
 * customer's figures are safe integers (a balance is bounded, docs/rules.md "Limits on money"):
 * sums over customers are the reports' own, exact (exact-total.ts).
 */
import type { GrantKind } from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import type { GrantRow, LedgerRows } from './rows.ts';

export type ExpiryKey = string;
/** The expiry key of credit that never expires. */
export const NO_EXPIRY: ExpiryKey = 'none';

export type Position = {
  /** Remaining credit by kind, then by expiry month (`YYYY-MM`) or NO_EXPIRY. */
  credit: Record<GrantKind, ReadonlyMap<ExpiryKey, number>>;
  paidMinor: number;
  promotionalMinor: number;
  debtMinor: number;
  balanceMinor: number;
};

export function emptyPosition(): Position {
  return {
    credit: { paid: new Map(), promotional: new Map() },
    paidMinor: 0,
    promotionalMinor: 0,
    debtMinor: 0,
    balanceMinor: 0,
  };
}

/** A customer's figures while they are added up: safe integers (a balance is bounded). */
type Working = { credit: Record<GrantKind, Map<ExpiryKey, number>>; balance: number };

function expiryKey(grant: GrantRow): ExpiryKey {
  return grant.expiresOn === null ? NO_EXPIRY : grant.expiresOn.slice(0, 7);
}

function addCredit(working: Working, grant: GrantRow, amountMinor: number): void {
  addHeld(working, grant.kind, expiryKey(grant), amountMinor);
}

function addHeld(working: Working, kind: GrantKind, key: ExpiryKey, amountMinor: number): void {
  const byExpiry = working.credit[kind];
  const value = (byExpiry.get(key) ?? 0) + amountMinor;
  if (value === 0) byExpiry.delete(key);
  else byExpiry.set(key, value);
}

/** Every customer's position (customers without entries stand at zero). */
export function positionsOf(rows: LedgerRows): Map<string, Position> {
  const working = new Map<string, Working>(
    rows.customers.map((customer) => [customer.id, emptyWorking()]),
  );
  const taken = new Map<string, number>();
  for (const allocation of rows.allocations) {
    taken.set(allocation.grantId, (taken.get(allocation.grantId) ?? 0) + allocation.amountMinor);
  }
  for (const grant of rows.grants) {
    const remaining = grant.originalMinor - (taken.get(grant.id) ?? 0);
    assert(remaining >= 0, () => `grant ${grant.id} gave more than it held`);
    if (remaining > 0) addCredit(workingOf(working, grant.customerId), grant, remaining);
  }
  const lastSeq = new Map<string, number>();
  for (const entry of rows.entries) {
    if (entry.seq <= (lastSeq.get(entry.customerId) ?? 0)) continue;
    lastSeq.set(entry.customerId, entry.seq);
    workingOf(working, entry.customerId).balance = entry.balanceAfterMinor;
  }
  return settle(working);
}

/** Credit a customer's lots hold, by kind and expiry month (`YYYY-MM`, or null: no expiry). */
export type HeldCredit = { kind: GrantKind; month: string | null; remaining: number };

/**
 * One customer's position from their balance and the credit their lots hold (as SQL sums them),
 * checked like every position: the lots hold the balance above zero.
 */
export function positionOf(customerId: string, balance: number, held: readonly HeldCredit[]) {
  const working = emptyWorking();
  working.balance = balance;
  for (const lot of held) addHeld(working, lot.kind, lot.month ?? NO_EXPIRY, lot.remaining);
  return settled(customerId, working);
}

/**
 * Positions at `startAt` from those at the end (`closing`, of the same rows): the period's
 * entries are taken back (their amounts from the balance, the lots they formed, what they took
 * from lots), so only the period's rows are walked twice, never the whole history.
 */
export function rewind(closing: Map<string, Position>, rows: LedgerRows, startAt: string) {
  const working = new Map<string, Working>();
  for (const [customerId, position] of closing) working.set(customerId, toWorking(position));
  const inPeriod = new Set<string>();
  for (const entry of rows.entries) {
    if (entry.occurredAt < startAt) continue;
    inPeriod.add(entry.id);
    workingOf(working, entry.customerId).balance -= entry.amountMinor;
  }
  const returned = new Map<string, number>();
  for (const allocation of rows.allocations) {
    if (!inPeriod.has(allocation.entryId)) continue;
    returned.set(
      allocation.grantId,
      (returned.get(allocation.grantId) ?? 0) + allocation.amountMinor,
    );
  }
  for (const grant of rows.grants) {
    const formed = inPeriod.has(grant.entryId) ? grant.originalMinor : 0;
    const change = (returned.get(grant.id) ?? 0) - formed;
    if (change !== 0) addCredit(workingOf(working, grant.customerId), grant, change);
  }
  return settle(working);
}

function emptyWorking(): Working {
  return { credit: { paid: new Map(), promotional: new Map() }, balance: 0 };
}

function workingOf(working: Map<string, Working>, customerId: string): Working {
  const found = working.get(customerId);
  assert(found !== undefined, () => `rows of an unknown customer ${customerId}`);
  return found;
}

function toWorking(position: Position): Working {
  return {
    credit: {
      paid: new Map(position.credit.paid),
      promotional: new Map(position.credit.promotional),
    },
    balance: position.balanceMinor,
  };
}

function sumOf(map: ReadonlyMap<ExpiryKey, number>): number {
  let sum = 0;
  for (const value of map.values()) sum += value;
  return sum;
}

function settle(working: Map<string, Working>): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const [customerId, figures] of working)
    positions.set(customerId, settled(customerId, figures));
  return positions;
}

/** The position, checked: the credit its lots hold is its balance above zero. */
function settled(customerId: string, { credit, balance }: Working): Position {
  const paid = sumOf(credit.paid);
  const promotional = sumOf(credit.promotional);
  assert(
    paid >= 0 && promotional >= 0 && paid + promotional === Math.max(balance, 0),
    () => `customer ${customerId}: lots hold ${paid + promotional}, balance is ${balance}`,
  );
  assert(
    Number.isSafeInteger(balance),
    () => `customer ${customerId}: balance ${balance} not exact`,
  );
  return {
    credit,
    paidMinor: paid,
    promotionalMinor: promotional,
    debtMinor: Math.max(-balance, 0),
    balanceMinor: balance,
  };
}
