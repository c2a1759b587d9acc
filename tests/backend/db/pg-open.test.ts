/**
 * Proves a server book that cannot be opened gives a clear typed error and changes nothing: an
 * unreachable server, a wrong password (never repeated in the message), a database of another
 * application, and a book written by a newer Balancebook. And that a new book opens ready, with
 * its settings row and its first user, as a new file does; and that a trigger dropped or disabled
 * on the server is put back on opening, recorded, and told by audit.verify.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index.ts';
import type { ErrorBody } from '../../../shared/errors.ts';
import { asSuperuser, givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await givenCluster();
});

afterAll(() => {
  cluster.stop();
});

async function firstCall(databaseUrl: string): Promise<ErrorBody | 'opened'> {
  const backend = createBackend({ databaseUrl, now: () => new Date('2026-03-01T09:00:00Z') });
  const result = await backend.invoke('settings.get', {});
  backend.close();
  return result.ok ? 'opened' : result.error;
}

function expectRefusal(answer: ErrorBody | 'opened', message: RegExp): void {
  expect(answer).toMatchObject({ code: 'VALIDATION', field: 'databaseUrl' });
  expect((answer as ErrorBody).message).toMatch(message);
}

const tables = (url: string) =>
  asSuperuser(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' ORDER BY table_name`,
    );
    return rows.map((row) => row.name);
  });

const SETTINGS_AND_MIGRATIONS =
  'SELECT (SELECT COUNT(*) FROM __drizzle_migrations) AS m, updated_at FROM settings';

describe('opening a server book', () => {
  it('opens a new book with its settings row and its first user', async () => {
    const url = await newDatabase(cluster.url, 'fresh');
    expect(await firstCall(url)).toBe('opened');
    const users = await asSuperuser(url, (client) =>
      client.query<{ id: string; role: string }>('SELECT id, role FROM users'),
    );
    expect(users.rows).toEqual([{ id: 'admin', role: 'admin' }]);
  });

  it('answers an unreachable server with a typed error', async () => {
    const unreachable = new URL(cluster.url);
    unreachable.port = '1';
    expectRefusal(await firstCall(unreachable.toString()), /cannot be reached/);
  });

  it('answers a wrong password with a typed error that does not repeat it', async () => {
    const url = await newDatabase(cluster.url, 'login');
    await asSuperuser(url, (client) =>
      client.query(`CREATE ROLE clerk LOGIN PASSWORD 'right-horse'`),
    );
    const wrong = new URL(url);
    wrong.username = 'clerk';
    wrong.password = 'wrong-battery';
    const error = await firstCall(wrong.toString());
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'databaseUrl' });
    expect(JSON.stringify(error)).toMatch(/refused the login/);
    expect(JSON.stringify(error)).not.toMatch(/wrong-battery/);
    expect(await tables(url)).toEqual([]);
  });

  it('refuses a database of another application and leaves it as it was', async () => {
    const url = await newDatabase(cluster.url, 'foreign');
    await asSuperuser(url, (client) => client.query('CREATE TABLE orders (id integer)'));
    expectRefusal(await firstCall(url), /not a Balancebook book/);
    expect(await tables(url)).toEqual(['orders']);
  });

  it('refuses a book written by a newer Balancebook and changes nothing in it', async () => {
    const url = await newDatabase(cluster.url, 'newer');
    expect(await firstCall(url)).toBe('opened');
    await asSuperuser(url, (client) =>
      client.query(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('next', $1)`, [
        Date.UTC(2099, 0, 1),
      ]),
    );
    const before = await asSuperuser(url, (client) => client.query(SETTINGS_AND_MIGRATIONS));
    expectRefusal(await firstCall(url), /newer Balancebook/);
    const after = await asSuperuser(url, (client) => client.query(SETTINGS_AND_MIGRATIONS));
    expect(after.rows).toEqual(before.rows);
  });

  it('puts back a dropped or disabled trigger on opening, and audit.verify tells it', async () => {
    const url = await newDatabase(cluster.url, 'triggers');
    expect(await firstCall(url)).toBe('opened');
    await asSuperuser(url, (client) =>
      client.query(`DROP TRIGGER ledger_entries_no_update ON ledger_entries;
        ALTER TABLE payments DISABLE TRIGGER payments_no_update`),
    );
    const backend = createBackend({
      databaseUrl: url,
      now: () => new Date('2026-03-01T09:00:00Z'),
    });
    const verified = await backend.invoke('audit.verify', {});
    backend.close();
    expect(verified).toMatchObject({ ok: true, data: { ok: true, problems: [] } });
    const notices = (verified.ok ? verified.data.notices : undefined) ?? [];
    expect(notices.join('\n')).toMatch(/put back ledger_entries_no_update, payments_no_update/);
    const back = await asSuperuser(url, (client) =>
      client.query<{ name: string; enabled: string }>(
        `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
         WHERE tgname IN ('ledger_entries_no_update', 'payments_no_update') ORDER BY 1`,
      ),
    );
    expect(back.rows).toEqual([
      { name: 'ledger_entries_no_update', enabled: 'O' },
      { name: 'payments_no_update', enabled: 'O' },
    ]);
  });
});
