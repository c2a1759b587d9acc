/**
 * Proves the database itself refuses a ledger row that does not continue its customer's ledger
 * (wrong balance after, wrong number, no business date), and that the engine puts the trigger back
 * when a file reaches it without one; older entries migrate to their recording day's date.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, topUp } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const INSERT = `INSERT INTO ledger_entries (id, customer_id, seq, type, amount_minor,
  balance_after_minor, occurred_at, effective_on, actor_id, prev_hash, hash)
  VALUES (@id, @customerId, @seq, 'adjustment', @amount, @after, '2026-03-01T10:00:00.000Z',
  @effectiveOn, 'admin', '', 'x')`;

async function bookWithOneEntry() {
  const dbPath = tempDbPath();
  const t = givenBackend({ dbPath });
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '10.00');
  t.backend.close();
  return { dbPath, customerId };
}

function row(customerId: string, overrides: Record<string, unknown>) {
  return {
    id: 'ent_raw',
    customerId,
    seq: 2,
    amount: 500,
    after: 1500,
    effectiveOn: '2026-03-01',
    ...overrides,
  };
}

describe('the ledger chain trigger', () => {
  it('accepts a raw row that continues the ledger and refuses each kind of break', async () => {
    const { dbPath, customerId } = await bookWithOneEntry();
    const raw = new Database(dbPath);
    try {
      const insert = raw.prepare(INSERT);
      for (const broken of [{ after: 1499 }, { seq: 3 }, { seq: 1 }, { effectiveOn: '' }]) {
        expect(() => insert.run(row(customerId, broken)), JSON.stringify(broken)).toThrow(
          /continue its customer's ledger/,
        );
      }
      expect(() => insert.run(row(customerId, {}))).not.toThrow();
    } finally {
      raw.close();
    }
  });

  it('is put back when the engine opens a file that lost it', async () => {
    const { dbPath, customerId } = await bookWithOneEntry();
    const raw = new Database(dbPath);
    raw.exec('DROP TRIGGER ledger_entries_continue_chain');
    raw.close();
    givenBackend({ dbPath }).backend.close();
    const reopened = new Database(dbPath);
    try {
      expect(() => reopened.prepare(INSERT).run(row(customerId, { after: 1 }))).toThrow(
        /continue its customer's ledger/,
      );
    } finally {
      reopened.close();
    }
  });
});
