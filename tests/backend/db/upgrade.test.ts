/**
 * Proves an upgrade keeps everything: a ledger written by the first released schema (a committed
 * fixture) opens with the current code, migrates, and keeps every balance, invoice and audit
 * event, and its verification still passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
