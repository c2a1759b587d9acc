/**
 * Proves an upgrade keeps everything: a ledger written by the first released schema (a committed
 * fixture) opens with the current code, migrates, and keeps every balance, invoice and audit
 * event, and its verification still passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dateInZone } from '../../../shared/dates.ts';
import { givenBackend } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');

type Snapshot = {
  balances: { customerId: string }[];
  invoices: unknown;
  audit: { items: { id: string }[] };
  verify: unknown;
};

describe('a file from the first release', () => {
  it('opens, migrates and keeps every balance, invoice and audit event', async () => {
    const snapshot = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, 'release-1.json'), 'utf8'),
    ) as Snapshot;
    const dbPath = tempDbPath();
    fs.copyFileSync(path.join(FIXTURES, 'release-1.sqlite'), dbPath);
    const t = givenBackend({ dbPath, start: '2026-01-06T12:00:00Z' });
    for (const expected of snapshot.balances) {
      expect(await t.call('balance.get', { customerId: expected.customerId })).toMatchObject(
        expected,
      );
    }
    // Later releases may add output fields: every field the first release gave keeps its value.
    expect(await t.call('invoices.list', { limit: 100 })).toMatchObject(
      snapshot.invoices as object,
    );
    const audit = await t.call('audit.list', { limit: 500 });
    expect(audit.items.slice(-snapshot.audit.items.length)).toEqual(snapshot.audit.items);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    t.backend.close();
  });

  it('dates its entries on the day they were recorded, in the book’s own zone', async () => {
    for (const timeZone of ['Europe/Brussels', 'Pacific/Auckland']) {
      const dbPath = tempDbPath();
      fs.copyFileSync(path.join(FIXTURES, 'release-1.sqlite'), dbPath);
      const t = givenBackend({ dbPath, timeZone, start: '2026-01-06T12:00:00Z' });
      expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
      t.backend.close();
      const raw = new Database(dbPath);
      const rows = raw
        .prepare('SELECT occurred_at AS at, effective_on AS effectiveOn FROM ledger_entries')
        .all() as { at: string; effectiveOn: string }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.effectiveOn).toBe(dateInZone(new Date(row.at), timeZone));
      // An older entry verifies by its older hash only while it keeps the date it was given.
      raw.exec('DROP TRIGGER ledger_entries_no_update');
      raw.exec("UPDATE ledger_entries SET effective_on = '2020-01-01' WHERE rowid = 1");
      raw.close();
      const moved = givenBackend({ dbPath, timeZone, start: '2026-01-06T12:00:00Z' });
      const verification = await moved.call('audit.verify', {});
      expect(verification.problems.join('\n')).toContain('contents do not match its hash');
      moved.backend.close();
    }
  });
});
