/**
 * An in-memory reference model of one business's customer balances, written from SPEC 2 and not
 * from the engine: integer cents, grants formed by credits after any debt is paid, debits taking
 * grants in the spending order, refunds taking only paid credit, and expiry at the end of the
 * expiry day in the business time zone. It keeps its own clock and applies expiry whenever the
 * clock moves, which is what the engine's lazy expiry must look like from outside.
 */
import { addDays, startOfDate } from '../../shared/dates.ts';

export type GrantKind = 'paid' | 'promotional';
export type EntryType =
  | 'top_up'
  | 'promotional_credit'
  | 'credit_note'
  | 'overpayment'
  | 'adjustment'
  | 'applied_to_invoice'
  | 'unapplied_from_invoice'
  | 'charge'
  | 'refund'
  | 'expiration'
  | 'debt_payment'
  | 'reversal';

export type ModelGrant = {
  /** The model's own id, `g1`, `g2`, ...; the order of ids is the order of creation. */
  id: string;
  created: number;
  /** The instant of the credit that formed it. */
  createdAt: string;
  kind: GrantKind;
  original: number;
  remaining: number;
  expiresOn: string | null;
};

export type ModelAllocation = { grantId: string; amount: number };

/** Model ids of the documents behind an entry (invoice, payment, credit note, time entry). */
export type EntryLinks = {
  invoice?: string;
  payment?: string;
  creditNote?: string;
  time?: string;
};

export type ModelEntry = {
  seq: number;
  type: EntryType;
  amount: number;
  balanceAfter: number;
  occurredAt: string;
  /** The grant a credit formed, or the grant an expiration emptied; null otherwise. */
  grantId: string | null;
  allocations: ModelAllocation[];
  links?: EntryLinks;
};

export type ModelCustomer = { balance: number; grants: ModelGrant[]; entries: ModelEntry[] };

export type ModelError =
  | { code: 'INSUFFICIENT_BALANCE'; field?: string }
  | { code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT'; field: string };
export type ModelOutcome = { ok: true; entry: ModelEntry } | { ok: false; error: ModelError };

export type LedgerModel = {
  readonly zone: string;
  /** The clock, in milliseconds since the epoch. */
  now: number;
  customers: ModelCustomer[];
  grantsCreated: number;
};

export function createModel(zone: string, start: string, customerCount: number): LedgerModel {
  const customers = Array.from({ length: customerCount }, () => ({
    balance: 0,
    grants: [],
    entries: [],
  }));
  return { zone, now: Date.parse(start), customers, grantsCreated: 0 };
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The business date of `instant` in `zone`, read straight from Intl. */
export function businessDate(instant: number, zone: string): string {
  let formatter = dateFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}

export function today(model: LedgerModel): string {
  return businessDate(model.now, model.zone);
}

/** The instant business day `date` ends in `zone`: the first instant of the next day. */
export function endOfDay(date: string, zone: string): string {
  return startOfDate(addDays(date, 1), zone).toISOString();
}

/** Moves the clock and expires every grant whose expiry day has ended, oldest day first. */
export function advanceClock(model: LedgerModel, byMs: number): void {
  model.now += byMs;
  const date = today(model);
  for (const customer of model.customers) {
    const due = customer.grants
      .filter((grant) => grant.remaining > 0 && grant.expiresOn !== null && grant.expiresOn < date)
      .sort((a, b) => compareDates(a.expiresOn, b.expiresOn) || a.created - b.created);
    for (const grant of due) expire(model, customer, grant);
  }
}

/**
 * One `expiration` entry, dated when the expiry day ended, or when the grant was formed if that
 * was later (credit returned from a voided invoice after its expiry day expires at once).
 */
export function expire(model: LedgerModel, customer: ModelCustomer, grant: ModelGrant): void {
  const amount = grant.remaining;
  const expiresOn = grant.expiresOn ?? '';
  const endedAt = endOfDay(expiresOn, model.zone);
  // The model expires only grants whose day is over, so that moment is never in the future.
  if (Date.parse(endedAt) > model.now) throw new Error(`model expired ${grant.id} too early`);
  // Cross-checks the shared helper with Intl: the instant before belongs to the expiry day.
  const lastDay = businessDate(Date.parse(endedAt) - 1, model.zone);
  const nextDay = businessDate(Date.parse(endedAt), model.zone);
  if (lastDay !== expiresOn || nextDay !== addDays(expiresOn, 1)) {
    throw new Error(`day ${expiresOn} does not end at ${endedAt} in ${model.zone}`);
  }
  grant.remaining = 0;
  append(customer, {
    type: 'expiration',
    amount: -amount,
    occurredAt: endedAt > grant.createdAt ? endedAt : grant.createdAt,
    grantId: grant.id,
    allocations: [{ grantId: grant.id, amount }],
  });
}

/** `balance.topUp`: a paid or promotional credit, optionally expiring at the end of a day. */
export function topUp(
  model: LedgerModel,
  customer: ModelCustomer,
  amount: number,
  kind: GrantKind,
  expiresOn: string | null,
): ModelOutcome {
  if (expiresOn !== null && expiresOn < today(model)) {
    return { ok: false, error: { code: 'VALIDATION', field: 'expiresOn' } };
  }
  const type = kind === 'paid' ? 'top_up' : 'promotional_credit';
  return { ok: true, entry: credit(model, customer, type, amount, kind, expiresOn) };
}

/** `balance.adjust`: a credit is paid credit without expiry; a debit may leave a debt. */
export function adjust(
  model: LedgerModel,
  customer: ModelCustomer,
  direction: 'credit' | 'debit',
  amount: number,
): ModelOutcome {
  const entry =
    direction === 'credit'
      ? credit(model, customer, 'adjustment', amount, 'paid', null)
      : debit(model, customer, 'adjustment', amount, ['paid', 'promotional']);
  return { ok: true, entry };
}

/** `balance.charge` in prepaid mode: only positive balance may be spent. */
export function charge(model: LedgerModel, customer: ModelCustomer, amount: number): ModelOutcome {
  if (amount > Math.max(customer.balance, 0)) {
    return { ok: false, error: { code: 'INSUFFICIENT_BALANCE' } };
  }
  return { ok: true, entry: debit(model, customer, 'charge', amount, ['paid', 'promotional']) };
}

/** `balance.refund`: pays money out, so only paid credit may go; a refusal names the amount. */
export function refund(model: LedgerModel, customer: ModelCustomer, amount: number): ModelOutcome {
  if (amount > refundable(customer)) {
    return { ok: false, error: { code: 'INSUFFICIENT_BALANCE', field: 'amount' } };
  }
  return { ok: true, entry: debit(model, customer, 'refund', amount, ['paid']) };
}

export function refundable(customer: ModelCustomer): number {
  return customer.grants
    .filter((grant) => grant.kind === 'paid')
    .reduce((total, grant) => total + grant.remaining, 0);
}

/** Open grants (something left), in order of creation. */
export function openGrants(customer: ModelCustomer): ModelGrant[] {
  return customer.grants.filter((grant) => grant.remaining > 0);
}

/** A positive entry pays any debt first; only what is left forms a grant. */
export function credit(
  model: LedgerModel,
  customer: ModelCustomer,
  type: EntryType,
  amount: number,
  kind: GrantKind,
  expiresOn: string | null,
  links?: EntryLinks,
): ModelEntry {
  const debt = Math.max(-customer.balance, 0);
  const left = amount - Math.min(amount, debt);
  let grantId: string | null = null;
  if (left > 0) {
    model.grantsCreated += 1;
    grantId = `g${model.grantsCreated}`;
    customer.grants.push({
      id: grantId,
      created: model.grantsCreated,
      createdAt: new Date(model.now).toISOString(),
      kind,
      original: left,
      remaining: left,
      expiresOn,
    });
  }
  return append(customer, {
    type,
    amount,
    occurredAt: new Date(model.now).toISOString(),
    grantId,
    allocations: [],
    ...(links ? { links } : {}),
  });
}

/** Only the part of a debit covered by the positive balance takes grants; the rest is debt. */
export function debit(
  model: LedgerModel,
  customer: ModelCustomer,
  type: EntryType,
  amount: number,
  kinds: readonly GrantKind[],
  links?: EntryLinks,
): ModelEntry {
  let left = Math.min(amount, Math.max(customer.balance, 0));
  const allocations: ModelAllocation[] = [];
  const candidates = customer.grants
    .filter((grant) => grant.remaining > 0 && kinds.includes(grant.kind))
    .sort(spendingOrder);
  for (const grant of candidates) {
    if (left === 0) break;
    const taken = Math.min(left, grant.remaining);
    grant.remaining -= taken;
    left -= taken;
    allocations.push({ grantId: grant.id, amount: taken });
  }
  if (left !== 0) throw new Error(`model grants do not cover the positive balance (${left} left)`);
  return append(customer, {
    type,
    amount: -amount,
    occurredAt: new Date(model.now).toISOString(),
    grantId: null,
    allocations,
    ...(links ? { links } : {}),
  });
}

/**
 * SPEC 2: grants with an expiry date first, soonest first, promotional before paid on the same
 * day, then oldest first; then grants without expiry, oldest first.
 */
export function spendingOrder(a: ModelGrant, b: ModelGrant): number {
  if (a.expiresOn === null || b.expiresOn === null) {
    if (a.expiresOn !== b.expiresOn) return a.expiresOn === null ? 1 : -1;
    return a.created - b.created;
  }
  if (a.expiresOn !== b.expiresOn) return compareDates(a.expiresOn, b.expiresOn);
  if (a.kind !== b.kind) return a.kind === 'promotional' ? -1 : 1;
  return a.created - b.created;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  return (a ?? '') < (b ?? '') ? -1 : 1;
}

export function append(
  customer: ModelCustomer,
  entry: Omit<ModelEntry, 'seq' | 'balanceAfter'>,
): ModelEntry {
  customer.balance += entry.amount;
  const full: ModelEntry = {
    ...entry,
    seq: customer.entries.length + 1,
    balanceAfter: customer.balance,
  };
  customer.entries.push(full);
  checkModel(customer);
  return full;
}

/** The model's own invariant: open grants add up to the positive part of the balance. */
function checkModel(customer: ModelCustomer): void {
  const held = customer.grants.reduce((total, grant) => total + grant.remaining, 0);
  if (held !== Math.max(customer.balance, 0)) {
    throw new Error(`model grants hold ${held} but the balance is ${customer.balance}`);
  }
}

/** Cents as the contract's decimal string: `1250` -> `"12.50"`, `-4000` -> `"-40.00"`. */
export function money(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`not an integer of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
