/**
 * Proves the shell's book switch (issue #19) with two real books, a file and a stand-in for a
 * server book: a server book that does not open leaves the running book served and nothing kept;
 * one that opens is served from then on, kept (sealed) for the next start, named without its
 * password, and signs everyone out; only the start screen (nobody signed in) or an admin may
 * switch; going back to the local file forgets the kept server book; and a renderer may not copy
 * the book to a file path nobody chose.
 */
import { describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index.ts';
import { createBookSwitch } from '../../electron/main/book-switch.ts';
import { createEngineHost } from '../../electron/main/engine-host.ts';
import { createGate, PATH_NOT_CHOSEN } from '../../electron/main/gate.ts';
import { ONLY_ADMINS_SWITCH } from '../../electron/main/gate-books.ts';
import { createSession } from '../../electron/main/session.ts';
import type { ServerBookKeeper } from '../../electron/main/server-book-keeper.ts';
import { rid } from '../support/backend.ts';

const SERVER = 'postgres://ana:S3cret@db.example:5432/books?sslmode=require';
const UNREACHABLE = 'postgres://ana:S3cret@127.0.0.1:1/books?sslmode=disable';
const noTimer = { setInterval: () => 0, clearInterval: () => undefined };

function givenShell() {
  const local = () => createBackend({ dbPath: ':memory:', timeZone: 'Europe/Brussels' });
  // The "server book" is a second in-memory book, told apart by a customer of its own.
  const serverBook = local();
  const host = createEngineHost({ open: local, timer: noTimer });
  const kept: string[] = [];
  const keeper: ServerBookKeeper = {
    load: () => kept.at(-1) ?? null,
    save: (url) => kept.push(url) > 0,
    forget: () => kept.splice(0),
  };
  const openServer = vi.fn((url: string): Backend =>
    url === SERVER
      ? { ...serverBook, close: () => undefined }
      : createBackend({ databaseUrl: url }),
  );
  const books = createBookSwitch({ host, openLocal: local, openServer, keeper });
  const session = createSession();
  const none = () => Promise.resolve({ folder: null, paths: [] });
  const gate = createGate({
    engine: host,
    session,
    chooseSavePath: () => Promise.resolve({ path: null }),
    chooseExportFolder: none,
    books,
  });
  return { gate, session, kept, serverBook, host };
}

async function givenServerCustomer(serverBook: Backend) {
  const made = await serverBook.invoke('customers.create', {
    name: 'On the server',
    currency: 'EUR',
    requestId: rid('server'),
  });
  expect(made.ok).toBe(true);
}

describe('switching the book served', () => {
  it('keeps serving the running book when a server book does not open', async () => {
    const shell = givenShell();
    const refused = await shell.gate.invoke('app.openServerBook', { databaseUrl: UNREACHABLE });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'databaseUrl' },
    });
    expect(JSON.stringify(refused)).not.toContain('S3cret');
    expect(await shell.gate.invoke('app.book', {})).toEqual({
      ok: true,
      data: { book: { kind: 'local' } },
    });
    expect(shell.kept).toEqual([]);
  });

  it('serves a server book that opens, keeps it, names it without password, signs out', async () => {
    const shell = givenShell();
    await givenServerCustomer(shell.serverBook);
    await shell.gate.invoke('app.signIn', { userId: 'admin' });
    const opened = await shell.gate.invoke('app.openServerBook', { databaseUrl: SERVER });
    const book = { kind: 'server', address: 'ana@db.example:5432/books', kept: true };
    expect(opened).toEqual({ ok: true, data: { book } });
    expect(shell.kept).toEqual([SERVER]);
    expect(shell.session.userId()).toBeNull();
    await shell.gate.invoke('app.signIn', { userId: 'admin' });
    const listed = await shell.gate.invoke('customers.list', {});
    expect(listed).toMatchObject({ ok: true, data: { items: [{ name: 'On the server' }] } });

    expect(await shell.gate.invoke('app.openLocalBook', {})).toMatchObject({ ok: true });
    expect(shell.kept).toEqual([]);
    await shell.gate.invoke('app.signIn', { userId: 'admin' });
    expect(await shell.gate.invoke('customers.list', {})).toMatchObject({ data: { items: [] } });
  });

  it('lets only an admin switch once signed in', async () => {
    const shell = givenShell();
    await shell.host.invokeUnknown('users.create', {
      name: 'Ana',
      role: 'accountant',
      requestId: rid('user'),
    });
    const listed = await shell.host.invokeUnknown('users.list', {});
    const ana = (listed.ok ? (listed.data as { id: string; role: string }[]) : []).find(
      (user) => user.role === 'accountant',
    );
    await shell.gate.invoke('app.signIn', { userId: ana?.id ?? '' });
    expect(await shell.gate.invoke('app.openServerBook', { databaseUrl: SERVER })).toEqual(
      ONLY_ADMINS_SWITCH,
    );
  });

  it('refuses a copy of the book to a file path from the renderer', async () => {
    const shell = givenShell();
    await shell.gate.invoke('app.signIn', { userId: 'admin' });
    const input = { target: { path: '/tmp/anywhere.sqlite' }, requestId: rid() };
    expect(await shell.gate.invoke('book.copyTo', input)).toEqual(PATH_NOT_CHOSEN);
  });
});
