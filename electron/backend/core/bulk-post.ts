/**
 * Many credits and debits of one call posted as `postEntry` would post them one after another,
 * but planned in memory and written a slice at a time with a few prepared statements (an import
 * of 100,000 rows). Each customer is read once (its open lots and its last entry's instant);
 * from then on its balance, number, hash chain and lots are followed here. `plan` decides an
 * entry (refusing a balance past its limit, as postEntry does) and `flush` writes what was
 * planned since the last flush: the entries in order (the chain trigger checks each), the new
 * lots with their audit records (chained from the head read at the flush), the allocations, one
 * spend per touched lot and one ledger update per touched customer. Only for entries without
 * links, reversals or expiry: those go through postEntry.
 */
import type { GrantKind, LedgerEntryType } from '../../../shared/contract/types.ts';
import { assert } from '../../../shared/errors.ts';
import {
  addMinor,
  largerMinor,
  negate,
  smallerMinor,
  subtractMinor,
  ZERO_MINOR,
} from '../../../shared/money.ts';
import type { MinorUnits } from '../../../shared/money.ts';
import { GRANT_RECORD } from '../audit/records.ts';
import { auditEvent, prepareAuditQueries, type AuditRow } from '../audit/write.ts';
import type { Context } from '../context.ts';
import { allocate } from '../ledger/grant-order.ts';
import { entryHash, newId } from '../ledger/hash.ts';
import {
  allocationRow,
  lotRow,
  type AllocationRow,
  type Lot,
  type LotRow,
} from './allocation-rows.ts';
import { hot } from './hot-queries.ts';
import {
  openGrants,
  refuseBalancePastLimit,
  type CustomerRow,
  type EntryRow,
} from './post-entry.ts';

export type BulkEntry = {
  customer: CustomerRow;
  type: LedgerEntryType;
  /** Signed: positive credits the customer, negative debits. */
  amountMinor: MinorUnits;
  description: string | null;
  grant: { kind: GrantKind; expiresOn: string | null };
  field: string;
  effectiveOn: string;
};

type Followed = { row: CustomerRow; open: Lot[]; lastAt: string | null };

export class BulkPosting {
  private readonly followed = new Map<string, Followed>();
  private entries: EntryRow[] = [];
  private grants: LotRow[] = [];
  private allocations: AllocationRow[] = [];
  private spent = new Map<string, MinorUnits>();
  private touched = new Set<string>();

  /** The customer as followed here: `first` is its row as it stands (read once, up to date). */
  async follow(ctx: Context, customerId: string, first: () => Promise<CustomerRow>) {
    const known = this.followed.get(customerId);
    if (known) return known.row;
    const row = await first();
    const open = row.lastSeq === 0 ? [] : await openGrants(ctx, row.id);
    const last =
      row.lastSeq === 0
        ? undefined
        : await ctx.tx.get(hot(ctx.tx).entryAt, { customerId: row.id, seq: row.lastSeq });
    this.followed.set(customerId, { row, open, lastAt: last?.occurredAt ?? null });
    return row;
  }

  /** Plans one entry of a followed customer; returns it as it will be written. */
  plan(ctx: Context, request: BulkEntry): EntryRow {
    const followed = this.followed.get(request.customer.id);
    assert(followed !== undefined, 'a planned entry is of a followed customer');
    const { row: customer } = followed;
    const { amountMinor } = request;
    assert(Number.isSafeInteger(amountMinor) && amountMinor !== 0, 'entry amount must be non-zero');
    const balanceAfterMinor = addMinor(customer.balanceMinor, amountMinor);
    refuseBalancePastLimit({ ...request, customer }, balanceAfterMinor);
    const occurredAt =
      followed.lastAt !== null && followed.lastAt > ctx.nowAt ? followed.lastAt : ctx.nowAt;
    const debt = largerMinor(negate(customer.balanceMinor), ZERO_MINOR);
    const creditMinor =
      amountMinor > 0 ? subtractMinor(amountMinor, smallerMinor(amountMinor, debt)) : ZERO_MINOR;
    const fields = {
      id: newId('ent'),
      customerId: customer.id,
      seq: customer.lastSeq + 1,
      type: request.type,
      amountMinor,
      balanceAfterMinor,
      occurredAt,
      effectiveOn: request.effectiveOn,
      actorId: ctx.actor.id,
      reason: null,
      description: request.description,
      invoiceId: null,
      paymentId: null,
      creditNoteId: null,
      timeEntryId: null,
      grantId: creditMinor > 0 ? newId('grt') : null,
      reversesEntryId: null,
      prevHash: customer.lastEntryHash,
    };
    const entry: EntryRow = { ...fields, hash: entryHash(fields) };
    if (amountMinor < 0) this.spend(followed, entry);
    if (creditMinor > 0) this.addGrant(followed, request, entry, creditMinor);
    followed.row = {
      ...customer,
      balanceMinor: balanceAfterMinor,
      lastSeq: entry.seq,
      lastEntryHash: entry.hash,
    };
    followed.lastAt = occurredAt;
    this.entries.push(entry);
    this.touched.add(customer.id);
    return entry;
  }

  /** Only the positive part of a debit spends lots; what goes below zero becomes debt. */
  private spend(followed: Followed, entry: EntryRow): void {
    const spendable = smallerMinor(
      negate(entry.amountMinor),
      largerMinor(followed.row.balanceMinor, ZERO_MINOR),
    );
    const taken = allocate(followed.open, spendable);
    for (const allocation of taken) {
      const before = this.spent.get(allocation.grantId) ?? ZERO_MINOR;
      this.spent.set(allocation.grantId, addMinor(before, allocation.amountMinor));
      const lot = followed.open.find((grant) => grant.id === allocation.grantId);
      assert(lot !== undefined, 'an allocation is of an open lot');
      this.allocations.push(allocationRow(entry, allocation, lot));
      lot.remainingMinor = subtractMinor(lot.remainingMinor, allocation.amountMinor);
    }
    followed.open = followed.open.filter((grant) => grant.remainingMinor > 0);
    const total = taken.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
    assert(total === spendable, () => `lots hold ${total} but the balance spends ${spendable}`);
  }

  private addGrant(
    followed: Followed,
    request: BulkEntry,
    entry: EntryRow,
    amountMinor: MinorUnits,
  ) {
    const { kind, expiresOn } = request.grant;
    const grant = lotRow(entry, request.grant, amountMinor);
    this.grants.push(grant);
    followed.open.push({
      id: grant.id,
      kind,
      remainingMinor: amountMinor,
      expiresOn,
      createdSeq: entry.seq,
      formedOn: entry.effectiveOn,
    });
  }

  /** Writes what was planned since the last flush, in the call's transaction. */
  async flush(ctx: Context): Promise<void> {
    const queries = hot(ctx.tx);
    await ctx.tx.runEach(queries.insertEntry, this.entries);
    await ctx.tx.runEach(queries.insertGrant, this.grants);
    await ctx.tx.runEach(queries.insertAllocation, this.allocations);
    const spends = [...this.spent].map(([grantId, amountMinor]) => ({ grantId, amountMinor }));
    const outcomes = await ctx.tx.runEach(queries.spendGrant, spends);
    assert(
      outcomes.every((changes) => changes === 1),
      'every spent lot held what it gave',
    );
    const ledgers = [...this.touched].map((id) => ledgerOf(this.followed.get(id)?.row));
    await ctx.tx.runEach(queries.updateCustomerLedger, ledgers);
    await this.writeGrantRecords(ctx);
    this.entries = [];
    this.grants = [];
    this.allocations = [];
    this.spent = new Map();
    this.touched = new Set();
  }

  /** Each new lot's audit record, as recordGrant writes it, chained from the log's head. */
  private async writeGrantRecords(ctx: Context): Promise<void> {
    if (this.grants.length === 0) return;
    const audit = ctx.tx.prepared('audit', prepareAuditQueries);
    let prevHash = (await ctx.tx.get(audit.lastHash))?.hash ?? '';
    const events: Omit<AuditRow, 'seq'>[] = [];
    for (const grant of this.grants) {
      const after = {
        entryId: grant.entryId,
        kind: grant.kind,
        originalMinor: grant.originalMinor,
        expiresOn: grant.expiresOn,
      };
      const event = auditEvent(ctx, { ...GRANT_RECORD, entityId: grant.id, after }, prevHash);
      events.push(event);
      prevHash = event.hash;
    }
    await ctx.tx.runEach(audit.insert, events);
  }
}

function ledgerOf(row: CustomerRow | undefined) {
  assert(row !== undefined, 'a touched customer is followed');
  return {
    id: row.id,
    balanceMinor: row.balanceMinor,
    lastSeq: row.lastSeq,
    lastEntryHash: row.lastEntryHash,
  };
}
