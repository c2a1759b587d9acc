/**
 * Proves SPEC 7's audit trail: every change is logged with who, what, why, before and after; the
 * ledger and the log are append-only in SQLite itself; verification names a row edited behind
 * the application's back.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { charge, givenBackend, givenCustomer, rid, topUp } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

describe('audit events', () => {
  it('records who did what to which record, why, before and after', async () => {
    const t = givenBackend();
    const accountant = await t.call('users.create', {
      name: 'Ali',
      role: 'accountant',
      requestId: rid(),
    });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '100.00');
    await t.call(
      'balance.adjust',
      { customerId, direction: 'debit', amount: '10.00', reason: 'Late fee', requestId: rid() },
      accountant.id,
    );
    const events = await t.call('audit.list', { entityType: 'customer', entityId: customerId });
    expect(events.items.map((event) => event.action)).toEqual([
      'balance.adjust',
      'balance.topUp',
      'customers.create',
    ]);
    expect(events.items[0]).toMatchObject({
      actorId: accountant.id,
      entityType: 'customer',
      entityId: customerId,
      reason: 'Late fee',
      before: { balance: '100.00' },
      after: { type: 'adjustment', amount: '-10.00', balance: '90.00' },
      at: '2026-03-01T09:00:00.000Z',
    });
    const byActor = await t.call('audit.list', { actorId: accountant.id });
    expect(byActor.items).toHaveLength(1);
  });

  it('logs settings, users and billing-mode changes with before and after', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await t.call('settings.update', { businessName: 'Studio North', requestId: rid() });
    await t.call('customers.setBillingMode', {
      customerId,
      mode: 'postpaid',
      reason: 'Trusted',
      requestId: rid(),
    });
    const events = await t.call('audit.list', {});
    const settings = events.items.find((event) => event.action === 'settings.update');
    expect(settings?.before).toMatchObject({ businessName: '' });
    expect(settings?.after).toMatchObject({ businessName: 'Studio North' });
    const mode = events.items.find((event) => event.action === 'customers.setBillingMode');
    expect(mode).toMatchObject({
      reason: 'Trusted',
      before: { billingMode: 'prepaid' },
      after: { billingMode: 'postpaid' },
    });
  });

  it('writes no event for a refused call', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const before = (await t.call('audit.list', {})).items.length;
    await t.fail('balance.charge', {
      customerId,
      amount: '1.00',
      description: 'x',
      requestId: rid(),
    });
    expect((await t.call('audit.list', {})).items).toHaveLength(before);
  });
});

describe('append-only history', () => {
  it('refuses UPDATE and DELETE of ledger entries, allocations and audit events in SQLite itself', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    await charge(t, customerId, '4.00', 'x');
    const raw = new Database(dbPath);
    try {
      for (const statement of [
        'UPDATE ledger_entries SET amount_minor = 1',
        'DELETE FROM ledger_entries',
        'UPDATE grant_allocations SET amount_minor = 1',
        'DELETE FROM grant_allocations',
        "UPDATE audit_events SET reason = 'x'",
        'DELETE FROM audit_events',
      ]) {
        expect(() => raw.exec(statement), statement).toThrow(/append-only/);
      }
    } finally {
      raw.close();
    }
  });
});

describe('audit.verify', () => {
  async function tampered(edit: string) {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    const entry = (await topUp(t, customerId, '10.00')).entry;
    await charge(t, customerId, '4.00', 'x');
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    const raw = new Database(dbPath);
    raw.exec(`DROP TRIGGER ledger_entries_no_update; DROP TRIGGER audit_events_no_update; ${edit}`);
    raw.close();
    return { verification: await t.call('audit.verify', {}), entryId: entry.id, customerId };
  }

  it('names a ledger entry whose amount was edited behind its back', async () => {
    const { verification, entryId } = await tampered(
      "UPDATE ledger_entries SET amount_minor = 100000 WHERE type = 'top_up'",
    );
    expect(verification.ok).toBe(false);
    expect(
      verification.problems.some(
        (problem) => problem.includes(entryId) && problem.includes('hash'),
      ),
    ).toBe(true);
  });

  it('names a customer whose stored balance no longer matches its entries', async () => {
    const { verification, customerId } = await tampered('UPDATE customers SET balance_minor = 999');
    expect(verification.problems.some((problem) => problem.includes(customerId))).toBe(true);
  });

  it('names a grant whose remaining amount was changed', async () => {
    const { verification } = await tampered('UPDATE grants SET remaining_minor = 1');
    expect(verification.problems.some((problem) => problem.startsWith('grant '))).toBe(true);
  });

  it('names an audit event that was rewritten', async () => {
    const { verification } = await tampered(
      "UPDATE audit_events SET reason = 'nothing to see' WHERE seq = 2",
    );
    expect(verification.problems.some((problem) => problem.startsWith('audit event'))).toBe(true);
  });

  it('counts what it checked', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    const result = await t.call('audit.verify', {});
    // One entry, one grant, five audit events (two changes, the lot's record, two requests'
    // records), three rows checked against them (customer, user, settings), two requests.
    expect(result.checked).toBe(12);
  });
});
