/**
 * Proves the web bridge's API over real HTTP on 127.0.0.1: a call without the token, with a wrong
 * one, from another origin, under a foreign Host, with another method, too large, or not JSON is
 * refused with its status and changes nothing (the audit log and the customers are the same
 * afterwards, although the session is signed in as admin); the bridge keeps its own sign-in
 * gate, refuses the engine's `users.signIn` and keeps the engine's PIN lock; a signed-in browser
 * works end to end; and exports stay inside `<dataDir>/exports/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_MAX_BYTES } from '../../electron/web/api.ts';
import type { Balance, Customer, User } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import { rid } from '../support/backend.ts';
import { givenBridge, send, type RawRequest, type TestBridge } from './client.ts';

let t: TestBridge;

beforeEach(async () => {
  t = await givenBridge();
});

afterEach(async () => {
  await t.close();
});

function createCustomerBody(name: string): string {
  const input = { name, currency: 'EUR', requestId: rid('customer') };
  return JSON.stringify({ channel: 'customers.create', input });
}

/** How many audit events and customers there are, through an authorised call. */
async function footprint(): Promise<{ events: number; customers: number }> {
  const audit = (await t.call('audit.list', { limit: 500 })) as { items: unknown[] };
  const customers = (await t.call('customers.list', {})) as { items: unknown[] };
  return { events: audit.items.length, customers: customers.items.length };
}

describe('the printed address', () => {
  it('is http://127.0.0.1:<port>/#token=<32 base64url characters>, new each run', async () => {
    expect(t.bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d{2,5}\/#token=[A-Za-z0-9_-]{32}$/);
    expect(t.bridge.url).toBe(`http://127.0.0.1:${t.bridge.port}/#token=${t.bridge.token}`);
    const other = await givenBridge();
    expect(other.bridge.token).not.toBe(t.bridge.token);
    await other.close();
  });
});

describe('refused requests', () => {
  const port = () => t.bridge.port;
  const token = () => t.bridge.token;
  const post = (extra: Partial<RawRequest> = {}): RawRequest => ({
    method: 'POST',
    path: '/api/invoke',
    body: createCustomerBody('Mallory Ltd'),
    ...extra,
    headers: { 'X-Balancebook-Token': token(), ...extra.headers },
  });

  type Refusal = { name: string; status: number; code: string; request: () => RawRequest };
  const withToken = (value: string) => post({ headers: { 'X-Balancebook-Token': value } });
  const fromOrigin = (origin: string) => post({ headers: { Origin: origin } });
  const toHost = (host: string) => post({ headers: { Host: host } });
  const withBody = (body: string) => post({ body });
  const cases: Refusal[] = [
    {
      name: 'no token',
      status: 401,
      code: 'FORBIDDEN',
      request: () => ({ ...post(), headers: {} }),
    },
    {
      name: 'a wrong token',
      status: 401,
      code: 'FORBIDDEN',
      request: () => withToken(`${token().slice(0, -1)}${token().endsWith('A') ? 'B' : 'A'}`),
    },
    { name: 'a short token', status: 401, code: 'FORBIDDEN', request: () => withToken('short') },
    {
      name: 'another origin',
      status: 403,
      code: 'FORBIDDEN',
      request: () => fromOrigin('https://evil.example'),
    },
    {
      name: 'another port as origin',
      status: 403,
      code: 'FORBIDDEN',
      request: () => fromOrigin(`http://127.0.0.1:${port() + 1}`),
    },
    { name: 'the null origin', status: 403, code: 'FORBIDDEN', request: () => fromOrigin('null') },
    {
      name: 'a foreign Host (DNS rebinding)',
      status: 403,
      code: 'FORBIDDEN',
      request: () => toHost(`evil.example:${port()}`),
    },
    {
      name: 'a look-alike Host',
      status: 403,
      code: 'FORBIDDEN',
      request: () => toHost(`localhost.evil.example:${port()}`),
    },
    {
      name: 'a Host without the port',
      status: 403,
      code: 'FORBIDDEN',
      request: () => toHost('127.0.0.1'),
    },
    {
      name: 'a GET',
      status: 405,
      code: 'VALIDATION',
      request: () => post({ method: 'GET', body: '' }),
    },
    { name: 'a PUT', status: 405, code: 'VALIDATION', request: () => post({ method: 'PUT' }) },
    {
      name: 'an OPTIONS preflight',
      status: 405,
      code: 'VALIDATION',
      request: () => post({ method: 'OPTIONS', body: '' }),
    },
    {
      name: 'another /api path',
      status: 404,
      code: 'NOT_FOUND',
      request: () => post({ path: '/api/other' }),
    },
    {
      name: 'a body over 1 MiB',
      status: 413,
      code: 'VALIDATION',
      request: () => withBody(`{"channel":"users.list","input":"${'x'.repeat(BODY_MAX_BYTES)}"}`),
    },
    {
      name: 'a body that is not JSON',
      status: 400,
      code: 'VALIDATION',
      request: () => withBody('channel=customers.create'),
    },
    { name: 'a JSON array', status: 400, code: 'VALIDATION', request: () => withBody('["x"]') },
    {
      name: 'no channel',
      status: 400,
      code: 'VALIDATION',
      request: () => withBody('{"input":{}}'),
    },
  ];

  async function givenSignedInWithACustomer() {
    await t.call('app.signIn', { userId: 'admin' });
    await t.call('customers.create', { name: 'Acme', currency: 'EUR', requestId: rid('c') });
  }

  it.each(cases)(
    'refuses $name ($status) and changes nothing',
    async ({ request, status, code }) => {
      await givenSignedInWithACustomer();
      const before = await footprint();
      const reply = await send(port(), request());
      expect(reply.status).toBe(status);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code } });
      expect(reply.headers['content-security-policy']).toBeDefined();
      expect(await footprint()).toEqual(before);
    },
  );

  it('leaves a request without a Host to Node, which refuses it (400), untouched', async () => {
    await givenSignedInWithACustomer();
    const before = await footprint();
    const reply = await send(port(), post({ setHost: false }));
    expect(reply.status).toBe(400);
    expect(await footprint()).toEqual(before);
  });

  it('answers the bridge’s own origin under either loopback name', async () => {
    await t.call('app.signIn', { userId: 'admin' });
    for (const name of ['127.0.0.1', 'localhost']) {
      const reply = await send(port(), {
        ...post({ headers: { Host: `${name}:${port()}`, Origin: `http://${name}:${port()}` } }),
        body: JSON.stringify({ channel: 'customers.list', input: {} }),
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
    }
  });
});

describe('the session', () => {
  it('lists users but refuses everything else before sign-in, and after sign-out', async () => {
    expect(await t.invoke('users.list', {})).toMatchObject({ ok: true, data: [{ id: 'admin' }] });
    const refused: Result<unknown> = {
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Sign in first' },
    };
    expect(await t.invoke('customers.list', {})).toEqual(refused);
    expect(await t.invoke('app.session', {})).toEqual({ ok: true, data: { user: null } });
    await t.call('app.signIn', { userId: 'admin' });
    expect(await t.invoke('customers.list', {})).toMatchObject({ ok: true });
    await t.call('app.signOut', {});
    expect(await t.invoke('customers.list', {})).toEqual(refused);
  });

  it('answers an unknown channel and a bad sign-in like the desktop app', async () => {
    expect(await t.invoke('customers.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'channel' },
    });
    expect(await t.invoke('app.signIn', { userId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.invoke('app.signIn', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'userId' },
    });
  });
});

describe('PINs over the bridge', () => {
  it("refuses the engine's users.signIn and keeps the engine's lock on app.signIn", async () => {
    const shellOnly = { ok: false, error: { code: 'FORBIDDEN', field: 'channel' } };
    expect(await t.invoke('users.signIn', { userId: 'admin' })).toMatchObject(shellOnly);
    await t.call('app.signIn', { userId: 'admin' });
    const vera = { name: 'Vera', role: 'viewer', pin: '246810', requestId: rid('user') };
    const { id } = (await t.call('users.create', vera)) as User;
    expect(await t.invoke('users.signIn', { userId: id, pin: '246810' })).toMatchObject(shellOnly);
    expect(await t.invoke('app.session', {})).toMatchObject({ data: { user: { id: 'admin' } } });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await t.invoke('app.signIn', { userId: id, pin: '000000' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'pin' } });
    }
    expect(await t.invoke('app.signIn', { userId: id, pin: '246810' })).toMatchObject({
      ok: false,
      error: { message: 'Too many wrong PINs: try again in 5 minutes', field: 'pin' },
    });
  });
});

describe('a signed-in browser', () => {
  it('creates a customer, tops up and reads the balance, as the signed-in user', async () => {
    const { user } = (await t.call('app.signIn', { userId: 'admin' })) as { user: User };
    expect(user).toMatchObject({ id: 'admin', role: 'admin' });
    const customer = (await t.call('customers.create', {
      name: 'Zoë Łódź',
      currency: 'EUR',
      requestId: rid('customer'),
    })) as Customer;
    await t.call('balance.topUp', {
      customerId: customer.id,
      amount: '125.50',
      kind: 'paid',
      requestId: rid('topup'),
    });
    const balance = (await t.call('balance.get', { customerId: customer.id })) as Balance;
    expect(balance).toMatchObject({ customerId: customer.id, currency: 'EUR', balance: '125.50' });
    const audit = (await t.call('audit.list', { entityId: customer.id })) as {
      items: { actorId: string }[];
    };
    expect(audit.items.map((event) => event.actorId)).toContain('admin');
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });

  it('saves exports only inside <dataDir>/exports, named after the suggestion', async () => {
    await t.call('app.signIn', { userId: 'admin' });
    const exportsDir = path.join(t.dataDir, 'exports');
    const request = { title: 'Save', suggestedName: '../Acme: March', extension: 'csv' };
    const first = (await t.call('app.chooseSavePath', request)) as { path: string };
    expect(first.path).toBe(path.join(exportsDir, '_Acme_ March.csv'));
    const customer = (await t.call('customers.create', {
      name: 'Acme',
      currency: 'EUR',
      requestId: rid('customer'),
    })) as Customer;
    const range = { customerId: customer.id, from: '2026-03-01', to: '2026-03-31' };
    await t.call('statements.exportCsv', { ...range, path: first.path });
    expect(fs.existsSync(first.path)).toBe(true);
    const second = (await t.call('app.chooseSavePath', request)) as { path: string };
    expect(second.path).toBe(path.join(exportsDir, '_Acme_ March-2.csv'));
    const outside = path.join(t.dataDir, 'elsewhere.csv');
    for (const target of [outside, path.join(exportsDir, '..', 'elsewhere.csv'), exportsDir]) {
      const refused = await t.invoke('statements.exportCsv', { ...range, path: target });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'path' } });
    }
    expect(fs.existsSync(outside)).toBe(false);
  });

  it('gives month-end exports a folder inside <dataDir>/exports, a new path per file', async () => {
    await t.call('app.signIn', { userId: 'admin' });
    const folder = path.join(t.dataDir, 'exports', 'Month-end statements March 2026');
    const request = {
      title: 'Month-end statements March 2026',
      files: [
        { suggestedName: 'Acme statement', extension: 'pdf' },
        { suggestedName: 'Acme statement', extension: 'pdf' },
      ],
    };
    const chosen = (await t.call('app.chooseExportFolder', request)) as {
      folder: string;
      paths: string[];
    };
    expect(chosen).toEqual({
      folder,
      paths: [path.join(folder, 'Acme statement.pdf'), path.join(folder, 'Acme statement-2.pdf')],
    });
    const customer = (await t.call('customers.create', {
      name: 'Acme',
      currency: 'EUR',
      requestId: rid('customer'),
    })) as Customer;
    const range = { customerId: customer.id, from: '2026-03-01', to: '2026-03-31' };
    await t.call('statements.exportPdf', { ...range, path: chosen.paths[0] });
    expect(fs.existsSync(chosen.paths[0] ?? '')).toBe(true);
    const again = (await t.call('app.chooseExportFolder', request)) as { paths: string[] };
    expect(again.paths[0]).toBe(path.join(folder, 'Acme statement-2.pdf'));
  });
});
