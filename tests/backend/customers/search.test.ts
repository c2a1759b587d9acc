/**
 * Proves that customers.list search folds accents and case the same way on both sides (Kraków,
 * Αθήνα with its final sigma, Łódź), and that a file written before folding is re-keyed by its
 * migration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../../electron/backend/db/open.ts';
import { givenBackend, givenCustomer, type TestBackend } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

async function search(t: TestBackend, term: string) {
  const page = await t.call('customers.list', { search: term });
  return page.items.map((item) => item.name);
}

describe('customers.list search', () => {
  it('finds names whatever their accents and case', async () => {
    const t = givenBackend();
    for (const name of ['Kraków Design', 'Αθήνα Travel', 'ΟΔΥΣΣΕΑΣ', 'Łódź Print', 'Zoë']) {
      await givenCustomer(t, { name });
    }
    expect(await search(t, 'krakow')).toEqual(['Kraków Design']);
    expect(await search(t, 'KRAKÓW')).toEqual(['Kraków Design']);
    expect(await search(t, 'αθηνα')).toEqual(['Αθήνα Travel']);
    expect(await search(t, 'οδυσσεας')).toEqual(['ΟΔΥΣΣΕΑΣ']);
    expect(await search(t, 'lodz')).toEqual(['Łódź Print']);
    expect(await search(t, 'zoe')).toEqual(['Zoë']);
  });

  it('keeps the key when a customer is renamed', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { name: 'Plain' });
    await t.call('customers.update', { customerId, name: 'Gdańsk', requestId: 'rename-1' });
    expect(await search(t, 'gdansk')).toEqual(['Gdańsk']);
    expect(await search(t, 'plain')).toEqual([]);
  });

  it('re-keys the customers of an older file when it is opened', async () => {
    const dbPath = tempDbPath();
    const older = openDatabase(dbPath, migrationsBeforeFolding());
    older.sqlite
      .prepare(
        `INSERT INTO customers (id, name, name_key, currency, payment_terms_days, created_at,
           updated_at) VALUES ('cus_old', 'Kraków Design', 'kraków design', 'PLN', 14, 'x', 'x')`,
      )
      .run();
    older.sqlite.close();
    const reopened = createBackend({ dbPath, migrationsFolder: DEFAULT_MIGRATIONS_FOLDER });
    const result = await reopened.invoke('customers.list', { search: 'krakow' });
    expect(result).toMatchObject({ ok: true, data: { items: [{ name: 'Kraków Design' }] } });
    reopened.close();
  });
});

type Journal = { entries: { tag: string }[] };

/** A copy of the migrations folder as it stood before the name keys were folded. */
function migrationsBeforeFolding(): string {
  const target = fs.mkdtempSync(path.join(path.dirname(tempDbPath()), 'migrations-'));
  const journalPath = path.join(DEFAULT_MIGRATIONS_FOLDER, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as Journal;
  const folding = journal.entries.findIndex((entry) => entry.tag.endsWith('fold_name_key'));
  journal.entries = journal.entries.slice(0, folding);
  for (const entry of journal.entries) {
    const file = `${entry.tag}.sql`;
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_FOLDER, file), path.join(target, file));
  }
  fs.mkdirSync(path.join(target, 'meta'));
  fs.writeFileSync(path.join(target, 'meta', '_journal.json'), JSON.stringify(journal));
  return target;
}
