/**
 * Proves that `audit.verify` names the record behind each raw change made to a book whose
 * triggers were dropped (issue #12, finding 7): lots, customers, users, settings, issued invoices,
 * requests, deleted entries and a cut audit tail; and that the engine puts dropped triggers back
 * when it opens the file, and verification tells of it.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readChainHead } from '../../../electron/backend/audit/chain-head.ts';
import { entryHash } from '../../../electron/backend/core/post-entry.ts';
import {
  charge,
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { minor } from '../../../shared/money.ts';

type Book = {
  t: TestBackend;
  dbPath: string;
  ids: Record<string, string>;
};

function raw<T>(dbPath: string, work: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(dbPath);
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

function lotOf(dbPath: string, entryId: string): string {
  return raw(dbPath, (sqlite) => {
    const row = sqlite.prepare('SELECT id FROM grants WHERE entry_id = ?').get(entryId) as {
      id: string;
    };
    return row.id;
  });
}

async function givenBook(): Promise<Book> {
  const dbPath = tempDbPath();
  const t = givenBackend({ dbPath });
  const acme = await givenCustomer(t);
  const boreal = await givenCustomer(t, { name: 'Boreal' });
  const paid = await topUp(t, acme, '100.00', { expiresOn: '2026-12-31' });
  const spent = await charge(t, acme, '30.00');
  const invoice = await givenIssuedInvoice(t, acme, '20.00');
  const viewer = await t.call('users.create', {
    name: 'Vi',
    role: 'viewer',
    pin: '1234',
    requestId: rid(),
  });
  const leaver = await t.call('users.create', {
    name: 'Lee',
    role: 'accountant',
    requestId: rid(),
  });
  await t.call('users.remove', { userId: leaver.id, reason: 'Left', requestId: rid() });
  await t.call('settings.update', { businessName: 'Studio North', requestId: rid() });
  const borealEntry = await topUp(t, boreal, '50.00');
  await charge(t, acme, '1.00', 'Last');
  const ids = {
    acme,
    boreal,
    paidLot: lotOf(dbPath, paid.entry.id),
    chargeEntry: spent.entry.id,
    invoice: invoice.id,
    viewer: viewer.id,
    leaver: leaver.id,
    borealEntry: borealEntry.entry.id,
    borealLot: lotOf(dbPath, borealEntry.entry.id),
  };
  return { t, dbPath, ids };
}

function dropTriggers(sqlite: Database.Database): void {
  const names = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as {
    name: string;
  }[];
  for (const { name } of names) sqlite.exec(`DROP TRIGGER "${name}"`);
}

type Tamper = { name: string; edit: (ids: Record<string, string>) => string; names: string };

const TAMPERS: Tamper[] = [
  {
    name: 'a paid lot made promotional',
    edit: (ids) => `UPDATE grants SET kind = 'promotional' WHERE id = '${ids.paidLot}'`,
    names: 'paidLot',
  },
  {
    name: "a lot's expiry moved",
    edit: (ids) => `UPDATE grants SET expires_on = '2099-12-31' WHERE id = '${ids.paidLot}'`,
    names: 'paidLot',
  },
  {
    name: 'a lot given more than its entry credited',
    edit: (ids) =>
      `UPDATE grants SET original_minor = original_minor + 500, remaining_minor = remaining_minor + 500 WHERE id = '${ids.paidLot}'`,
    names: 'paidLot',
  },
  {
    name: 'what a charge took from its lot deleted',
    edit: (ids) => `DELETE FROM grant_allocations WHERE entry_id = '${ids.chargeEntry}'`,
    names: 'chargeEntry',
  },
  {
    name: "what a charge took moved to another customer's lot",
    edit: (ids) =>
      `UPDATE grant_allocations SET grant_id = '${ids.borealLot}' WHERE entry_id = '${ids.chargeEntry}'`,
    names: 'chargeEntry',
  },
  {
    name: "the lot kind copied onto what a charge took (the journal's promotional part)",
    edit: (ids) =>
      `UPDATE grant_allocations SET lot_kind = 'promotional' WHERE entry_id = '${ids.chargeEntry}'`,
    names: 'chargeEntry',
  },
  {
    name: "the business date copied onto what a charge took (the reports' period)",
    edit: (ids) =>
      `UPDATE grant_allocations SET effective_on = '2020-01-01' WHERE entry_id = '${ids.chargeEntry}'`,
    names: 'chargeEntry',
  },
  {
    name: 'the lot expiry copied onto what a charge took (credit owed by expiry month)',
    edit: (ids) =>
      `UPDATE grant_allocations SET lot_expires_on = NULL WHERE entry_id = '${ids.chargeEntry}'`,
    names: 'chargeEntry',
  },
  {
    name: 'a customer switched to a 1,000,000.00 credit limit',
    edit: (ids) =>
      `UPDATE customers SET billing_mode = 'credit_limit', credit_limit_minor = 100000000 WHERE id = '${ids.acme}'`,
    names: 'acme',
  },
  {
    name: 'a credit limit blocked behind the engine',
    edit: (ids) => `UPDATE customers SET credit_limit_blocked = 1 WHERE id = '${ids.acme}'`,
    names: 'acme',
  },
  {
    name: "a customer's name changed (the name its issued invoice shows)",
    edit: (ids) => `UPDATE customers SET name = 'Someone Else' WHERE id = '${ids.acme}'`,
    names: 'acme',
  },
  {
    name: 'an issued invoice moved to another customer',
    edit: (ids) => `UPDATE invoices SET customer_id = '${ids.boreal}' WHERE id = '${ids.invoice}'`,
    names: 'invoice',
  },
  {
    name: "an issued invoice's due date moved",
    edit: (ids) => `UPDATE invoices SET due_date = '2099-01-01' WHERE id = '${ids.invoice}'`,
    names: 'invoice',
  },
  {
    name: 'an issued invoice marked void',
    edit: (ids) => `UPDATE invoices SET status = 'void' WHERE id = '${ids.invoice}'`,
    names: 'invoice',
  },
  {
    name: 'a new admin user inserted',
    edit: () =>
      `INSERT INTO users (id, name, role, created_at) VALUES ('usr_intruder', 'Mallory', 'admin', '2026-03-01T09:00:00.000Z')`,
    names: 'usr_intruder',
  },
  {
    name: 'a viewer made admin',
    edit: (ids) => `UPDATE users SET role = 'admin' WHERE id = '${ids.viewer}'`,
    names: 'viewer',
  },
  {
    name: "a user's PIN removed",
    edit: (ids) => `UPDATE users SET pin_hash = NULL WHERE id = '${ids.viewer}'`,
    names: 'viewer',
  },
  {
    name: 'a removed user brought back',
    edit: (ids) => `UPDATE users SET removed_at = NULL WHERE id = '${ids.leaver}'`,
    names: 'leaver',
  },
  {
    name: 'a setting changed',
    edit: () => `UPDATE settings SET invoice_prefix = 'X-'`,
    names: 'settings',
  },
  {
    name: "a request's stored result changed",
    edit: () => `UPDATE requests SET result_json = '{}' WHERE channel = 'users.remove'`,
    names: 'removeRequest',
  },
  {
    name: 'a request deleted (its retry would run again)',
    edit: () => `DELETE FROM requests WHERE channel = 'users.remove'`,
    names: 'removeRequest',
  },
  {
    name: "a customer's newest entry deleted with its lot",
    edit: (ids) =>
      `DELETE FROM grants WHERE id = '${ids.borealLot}';
       DELETE FROM ledger_entries WHERE id = '${ids.borealEntry}';
       UPDATE customers SET balance_minor = 0, last_seq = 0, last_entry_hash = '' WHERE id = '${ids.boreal}'`,
    names: 'borealEntry',
  },
];

function requestIdOf(dbPath: string, channel: string): string {
  return raw(dbPath, (sqlite) => {
    const row = sqlite
      .prepare('SELECT request_id FROM requests WHERE channel = ?')
      .get(channel) as { request_id: string };
    return row.request_id;
  });
}

describe('audit.verify after raw changes to a book without its triggers', () => {
  it.each(TAMPERS)('names the record behind $name', async ({ edit, names }) => {
    const book = await givenBook();
    expect(await book.t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    const ids: Record<string, string> = {
      ...book.ids,
      settings: 'settings',
      removeRequest: requestIdOf(book.dbPath, 'users.remove'),
    };
    raw(book.dbPath, (sqlite) => {
      dropTriggers(sqlite);
      sqlite.exec(edit(ids));
    });
    const verification = await book.t.call('audit.verify', {});
    expect(verification.ok).toBe(false);
    const named = ids[names] ?? names;
    expect(verification.problems.filter((problem) => problem.includes(named))).not.toEqual([]);
    book.t.backend.close();
  });

  it('names a cut tail of the audit chain against a head recorded outside the file', async () => {
    const book = await givenBook();
    const head = raw(book.dbPath, (sqlite) => readChainHead(sqlite));
    expect(head).not.toBeNull();
    const knownHeads = head ? [head] : [];
    expect(await book.t.call('audit.verify', { knownHeads })).toMatchObject({ ok: true });
    raw(book.dbPath, (sqlite) => {
      dropTriggers(sqlite);
      sqlite.exec('DELETE FROM audit_events WHERE seq > (SELECT MAX(seq) - 3 FROM audit_events)');
    });
    const verification = await book.t.call('audit.verify', { knownHeads });
    expect(verification.problems.some((problem) => problem.includes(`#${head?.seq}:`))).toBe(true);
    // Without the head, the requests whose records were in the cut tail still name it.
    const unrecorded = await book.t.call('audit.verify', {});
    const lastCharge = raw(book.dbPath, (sqlite) =>
      sqlite.prepare('SELECT request_id AS id FROM requests ORDER BY rowid DESC LIMIT 1').get(),
    ) as { id: string };
    expect(unrecorded.problems.some((problem) => problem.includes(lastCharge.id))).toBe(true);
    book.t.backend.close();
  });
});

describe('audit.verify input', () => {
  it('refuses a recorded head that is not a sequence number and a SHA-256', async () => {
    const t = givenBackend();
    const knownHeads = [{ seq: 0, hash: 'abc' }];
    expect(await t.fail('audit.verify', { knownHeads })).toMatchObject({
      code: 'VALIDATION',
      field: 'knownHeads.0.seq',
    });
  });
});

describe('triggers', () => {
  it('are reported missing while dropped, and put back, recorded and told of on reopening', async () => {
    const book = await givenBook();
    const triggerCount = (sqlite: Database.Database) =>
      (
        sqlite.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger'`).get() as {
          n: number;
        }
      ).n;
    const before = raw(book.dbPath, triggerCount);
    raw(book.dbPath, (sqlite) => sqlite.exec('DROP TRIGGER ledger_entries_no_delete'));
    const open = await book.t.call('audit.verify', {});
    expect(open.problems.some((problem) => problem.includes('ledger_entries_no_delete'))).toBe(
      true,
    );
    book.t.backend.close();
    const reopened = givenBackend({ dbPath: book.dbPath });
    expect(raw(book.dbPath, triggerCount)).toBe(before);
    const events = await reopened.call('audit.list', { entityType: 'book' });
    const restored = events.items.find((event) => event.action === 'book.triggersRestored');
    expect(restored?.after).toEqual({ triggers: ['ledger_entries_no_delete'] });
    const verification = await reopened.call('audit.verify', {});
    expect(verification).toMatchObject({ ok: true, problems: [] });
    expect(verification.notices?.some((notice) => notice.includes(restored?.id ?? '?'))).toBe(true);
    reopened.backend.close();
  });
});

describe('lots with and without audit records', () => {
  /** Appends a top-up of 10.00 to `customerId` with a correctly chained hash, and its lot. */
  function forgeTopUp(sqlite: Database.Database, customerId: string): string {
    const customer = sqlite
      .prepare('SELECT balance_minor, last_seq, last_entry_hash FROM customers WHERE id = ?')
      .get(customerId) as { balance_minor: number; last_seq: number; last_entry_hash: string };
    const fields = {
      id: 'ent_forged',
      customerId,
      seq: customer.last_seq + 1,
      type: 'top_up',
      amountMinor: minor(1000),
      balanceAfterMinor: minor(customer.balance_minor + 1000),
      occurredAt: '2026-03-01T09:00:00.000Z',
      effectiveOn: '2026-03-01',
      actorId: 'admin',
      reason: null,
      description: 'Top-up',
      invoiceId: null,
      paymentId: null,
      creditNoteId: null,
      timeEntryId: null,
      grantId: 'grt_forged',
      reversesEntryId: null,
      prevHash: customer.last_entry_hash,
    };
    const hash = entryHash(fields);
    sqlite
      .prepare(
        `INSERT INTO ledger_entries (id, customer_id, seq, type, amount_minor, balance_after_minor,
           occurred_at, effective_on, actor_id, description, grant_id, prev_hash, hash)
         VALUES (@id, @customerId, @seq, @type, @amountMinor, @balanceAfterMinor, @occurredAt,
           @effectiveOn, @actorId, @description, @grantId, @prevHash, @hash)`,
      )
      .run({ ...fields, hash });
    sqlite
      .prepare(
        `INSERT INTO grants (id, customer_id, entry_id, kind, original_minor, remaining_minor,
           created_seq, created_at) VALUES ('grt_forged', ?, 'ent_forged', 'paid', 1000, 1000, ?, ?)`,
      )
      .run(customerId, fields.seq, fields.occurredAt);
    sqlite
      .prepare(
        'UPDATE customers SET balance_minor = ?, last_seq = ?, last_entry_hash = ? WHERE id = ?',
      )
      .run(fields.balanceAfterMinor, fields.seq, hash, customerId);
    return 'grt_forged';
  }

  it('names a lot without its record after lots of the same customer that have one', async () => {
    const book = await givenBook();
    const forged = raw(book.dbPath, (sqlite) => {
      dropTriggers(sqlite);
      return forgeTopUp(sqlite, book.ids.acme ?? '');
    });
    const verification = await book.t.call('audit.verify', {});
    expect(verification.problems.filter((problem) => problem.includes(forged))).not.toEqual([]);
    book.t.backend.close();
  });

  it('verifies a customer whose lots all predate the records, as older books were', async () => {
    const book = await givenBook();
    const customerId = await givenCustomer(book.t, { name: 'Older' });
    raw(book.dbPath, (sqlite) => forgeTopUp(sqlite, customerId));
    expect(await book.t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    book.t.backend.close();
  });
});
