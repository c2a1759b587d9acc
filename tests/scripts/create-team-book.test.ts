/**
 * Proves `npm run team:create`: one command makes a new team book on a server (the database
 * created, migrated, its first user admin with the PIN given), or copies a local book into it
 * (`--from`); a database that already holds tables is left as it is; the printed lines name the
 * address, never the password; bad arguments are refused with the usage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { createTeamBook, parseTeamArgs } from '../../scripts/create-team-book.ts';
import { givenCluster, withDatabase, type TestCluster } from '../support/pg-book.ts';
import { rid } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

let cluster: TestCluster;
let counter = 0;

beforeAll(async () => {
  cluster = await givenCluster();
});

afterAll(() => {
  cluster.stop();
});

function newBookUrl(): string {
  counter += 1;
  const url = new URL(withDatabase(cluster.url, `team_${process.pid}_${counter}`));
  url.password = 'unused-pass';
  return url.toString();
}

async function usersOf(databaseUrl: string) {
  const backend = createBackend({ databaseUrl });
  const users = await backend.invoke('users.list', {});
  const customers = await backend.invoke('customers.list', {});
  backend.close();
  return { users: users.ok ? users.data : [], customers: customers.ok ? customers.data.items : [] };
}

describe('npm run team:create', () => {
  it('creates, migrates and opens a new team book with its first admin and PIN', async () => {
    const databaseUrl = newBookUrl();
    const outcome = await createTeamBook({ databaseUrl, isTls: false, adminPin: '482913' });
    expect(outcome.ok).toBe(true);
    const text = outcome.ok ? outcome.lines.join('\n') : '';
    expect(text).toContain('Created database');
    expect(text).toMatch(/Team book ready at balancebook@127\.0\.0\.1:\d+\/team_/);
    expect(text).not.toContain('unused-pass');
    const opened = await usersOf(databaseUrl);
    expect(opened.users).toMatchObject([{ id: 'admin', role: 'admin', hasPin: true }]);

    const again = await createTeamBook({ databaseUrl, isTls: false });
    expect(again).toEqual({
      ok: false,
      message: 'This database already holds tables; it was left as it is',
    });
  });

  it('copies a local book into the new team book with --from', async () => {
    const dbPath = tempDbPath('local.sqlite');
    const local = createBackend({ dbPath });
    await local.invoke('customers.create', {
      name: 'Nordlicht',
      currency: 'EUR',
      requestId: rid(),
    });
    local.close();
    const databaseUrl = newBookUrl();
    const outcome = await createTeamBook({ databaseUrl, isTls: false, from: dbPath });
    expect(outcome).toMatchObject({ ok: true });
    expect((await usersOf(databaseUrl)).customers).toMatchObject([{ name: 'Nordlicht' }]);
  });

  it('refuses arguments it does not know, and a string without TLS unless --no-tls', async () => {
    expect(parseTeamArgs([])).toMatch(/^Usage: npm run team:create/);
    expect(parseTeamArgs(['postgres://h/b', '--verbose'])).toBe('Unknown option --verbose');
    expect(parseTeamArgs(['postgres://h/b', '--no-tls', '--admin-pin', '1234'])).toEqual({
      databaseUrl: 'postgres://h/b',
      isTls: false,
      adminPin: '1234',
    });
    const refused = await createTeamBook({ databaseUrl: 'postgres://h', isTls: true });
    expect(refused).toEqual({ ok: false, message: 'The connection string must name the database' });
  });
});
