/**
 * Proves `book.copyTo` (issue #19): a book copied to a new server book and from there back to a
 * new file opens on each side with audit.verify ok and the same balances, lots, invoices and
 * request records (a repeated requestId answers alike on the copy); the copy is logged in the
 * source only; a repeated call gives the first result and copies nothing again; and refusals
 * (a file already there, a database that holds a book, an unreachable server, a non-admin) change
 * nothing on either side.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/index.ts';
import { givenIssuedInvoice, rid, type TestBackend } from '../../support/backend.ts';
import { asSuperuser, givenCluster, newDatabase, type TestCluster } from '../../support/pg-book.ts';
import { tempDbPath } from '../../support/temp-file.ts';
import { givenBook } from './given-book.ts';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await givenCluster();
});

afterAll(() => {
  cluster.stop();
});

const AT = () => new Date('2026-03-02T12:00:00Z');
const opened: Backend[] = [];

afterAll(() => {
  for (const backend of opened.splice(0)) backend.close();
});

function open(where: { databaseUrl: string } | { dbPath: string }): Backend {
  const backend = createBackend({ ...where, now: AT, timeZone: 'Europe/Brussels' });
  opened.push(backend);
  return backend;
}

async function data<T>(answer: Promise<{ ok: true; data: T } | { ok: false; error: unknown }>) {
  const result = await answer;
  if (!result.ok) expect.fail(JSON.stringify(result.error));
  return result.data;
}

/** A book with a draft and an open invoice beside the given book's rows. */
async function givenFullBook() {
  const book = await givenBook();
  await givenIssuedInvoice(book.t, book.yen, '700');
  await book.t.call('invoices.create', {
    customerId: book.zoe,
    lines: [{ description: 'Draft work', quantity: '2', unitPrice: '15.00' }],
    requestId: rid('draft'),
  });
  return book;
}

/** What must read the same on both sides: balances, lots, every invoice, the customers. */
async function figures(backend: Backend, customerIds: string[]) {
  const balances = [];
  for (const customerId of customerIds) {
    balances.push(await data(backend.invoke('balance.get', { customerId })));
  }
  const invoices = await data(backend.invoke('invoices.list', { limit: 100 }));
  const customers = await data(backend.invoke('customers.list', {}));
  return { balances, invoices: invoices.items, customers: customers.items };
}

async function auditActions(t: TestBackend) {
  const page = await t.call('audit.list', { limit: 5 });
  return page.items.map((event) => event.action);
}

describe('book.copyTo', () => {
  it('copies a book to a new server book and back to a new file, verified on each side', async () => {
    const book = await givenFullBook();
    const ids = [book.zoe, book.yen];
    const databaseUrl = await newDatabase(cluster.url, 'copy');
    const toServer = await book.t.call('book.copyTo', {
      target: { databaseUrl },
      requestId: rid('copy'),
    });
    expect(toServer.target).toEqual({ kind: 'server', address: databaseUrl });
    expect(toServer.verified).toMatchObject({ ok: true, customers: 2, openInvoices: 1 });
    expect(toServer.rows.ledger_entries).toBeGreaterThan(5);
    expect(await auditActions(book.t)).toContain('book.copyTo');

    const server = open({ databaseUrl });
    expect(await data(server.invoke('audit.verify', {}))).toMatchObject({ ok: true });
    const expected = await figures(book.t.backend, ids);
    expect(await figures(server, ids)).toEqual(expected);

    const dbPath = tempDbPath('back.sqlite');
    const back = await data(
      server.invoke('book.copyTo', { target: { path: dbPath }, requestId: rid('back') }),
    );
    expect(back.rows).toEqual({ ...toServer.rows, audit_events: back.rows.audit_events });
    const file = open({ dbPath });
    expect(await data(file.invoke('audit.verify', {}))).toMatchObject({ ok: true });
    expect(await figures(file, ids)).toEqual(expected);
    // The server's copy was logged on the server (the source), never in the file.
    const fileLog = await data(file.invoke('audit.list', { limit: 3 }));
    expect(fileLog.items.map((event) => event.action)).not.toContain('book.copyTo');
  });

  it('gives the first result for a repeated requestId and copies nothing again', async () => {
    const book = await givenFullBook();
    const input = { target: { path: tempDbPath('once.sqlite') }, requestId: rid('copy') };
    const first = await book.t.call('book.copyTo', input);
    fs.rmSync(input.target.path);
    expect(await book.t.call('book.copyTo', input)).toEqual(first);
    expect(fs.existsSync(input.target.path)).toBe(false);
  });

  it('refuses a file already there, and keeps it as it was', async () => {
    const book = await givenFullBook();
    const path = tempDbPath('kept.sqlite');
    fs.writeFileSync(path, 'mine');
    const error = await book.t.fail('book.copyTo', { target: { path }, requestId: rid() });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'target.path' });
    expect(fs.readFileSync(path, 'utf8')).toBe('mine');
  });

  it('refuses a database that holds a book, and changes nothing in it', async () => {
    const book = await givenFullBook();
    const databaseUrl = await newDatabase(cluster.url, 'taken');
    await data(open({ databaseUrl }).invoke('settings.get', {}));
    const before = await auditCount(databaseUrl);
    const error = await book.t.fail('book.copyTo', { target: { databaseUrl }, requestId: rid() });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'target.databaseUrl' });
    expect(await auditCount(databaseUrl)).toBe(before);
    expect(await auditActions(book.t)).not.toContain('book.copyTo');
  });

  it('refuses an unreachable server by the field, without writing its password', async () => {
    const book = await givenFullBook();
    const unreachable = new URL(cluster.url);
    unreachable.port = '1';
    unreachable.password = 'S3cret-pass';
    const input = { target: { databaseUrl: unreachable.toString() }, requestId: rid() };
    const error = await book.t.fail('book.copyTo', input);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'target.databaseUrl' });
    expect(error.message).not.toContain('S3cret-pass');
  });

  it('is for an admin only', async () => {
    const book = await givenFullBook();
    const input = { target: { path: tempDbPath('no.sqlite') }, requestId: rid() };
    const error = await book.t.fail('book.copyTo', input, book.accountantId);
    expect(error.code).toBe('FORBIDDEN');
    expect(fs.existsSync(input.target.path)).toBe(false);
  });
});

async function auditCount(databaseUrl: string): Promise<string> {
  return asSuperuser(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM audit_events');
    return rows[0]?.n ?? '';
  });
}
