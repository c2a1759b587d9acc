/**
 * Proves that the browser can hand over an import file past the bridge's 1 MiB request limit,
 * up to the import cap, through the upload's own route (`/api/import-upload`), which takes
 * `app.receiveImportFile` alone: the same file is refused (413) on `/api/invoke`, taken on the
 * upload route and then previewed; another channel there is refused (400), and so is a body
 * past the import cap (413), each changing nothing.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  BODY_MAX_BYTES,
  IMPORT_BODY_MAX_BYTES,
  IMPORT_UPLOAD_PATH,
} from '../../electron/web/api.ts';
import { rid } from '../support/backend.ts';
import { givenBridge, send, type TestBridge } from './client.ts';

let t: TestBridge;

beforeEach(async () => {
  t = await givenBridge();
  await t.call('app.signIn', { userId: 'admin' });
});

afterEach(async () => {
  await t.close();
});

function postTo(path: string, body: string) {
  return send(t.bridge.port, {
    method: 'POST',
    path,
    headers: { 'X-Balancebook-Token': t.bridge.token },
    body,
  });
}

/** A customers file of about 2 MB: past the 1 MiB request limit once in base64. */
function largeCustomersFile(): string {
  const lines = ['name,currency,email'];
  for (let index = 0; index < 40_000; index += 1) {
    lines.push(`Customer ${index},EUR,customer${index}@example.com`);
  }
  return `${lines.join('\n')}\n`;
}

it('takes a file past 1 MiB on the upload route, and the engine previews it', async () => {
  const text = largeCustomersFile();
  const contentBase64 = Buffer.from(text, 'utf8').toString('base64');
  expect(contentBase64.length).toBeGreaterThan(BODY_MAX_BYTES);
  const body = JSON.stringify({
    channel: 'app.receiveImportFile',
    input: { fileName: 'customers.csv', contentBase64 },
  });
  expect((await postTo('/api/invoke', body)).status).toBe(413);
  const reply = await postTo(IMPORT_UPLOAD_PATH, body);
  expect(reply.status).toBe(200);
  const received = JSON.parse(reply.body) as { ok: true; data: { path: string; bytes: number } };
  expect(received.data.bytes).toBe(Buffer.byteLength(text));
  const preview = (await t.call('imports.preview', {
    path: received.data.path,
    kind: 'customers',
    mapping: {},
  })) as { counts: { rows: number; accepted: number } };
  expect(preview.counts).toMatchObject({ rows: 40_000, accepted: 40_000 });
});

it('refuses another channel on the upload route, and a body past the import cap', async () => {
  const before = (await t.call('customers.list', {})) as { items: unknown[] };
  const create = JSON.stringify({
    channel: 'customers.create',
    input: { name: 'Mallory Ltd', currency: 'EUR', requestId: rid('c') },
  });
  const other = await postTo(IMPORT_UPLOAD_PATH, create);
  expect([other.status, JSON.parse(other.body)]).toMatchObject([
    400,
    { ok: false, error: { code: 'VALIDATION', field: 'channel' } },
  ]);
  const tooLarge = await postTo(IMPORT_UPLOAD_PATH, 'x'.repeat(IMPORT_BODY_MAX_BYTES + 1));
  expect(tooLarge.status).toBe(413);
  expect(((await t.call('customers.list', {})) as { items: unknown[] }).items).toEqual(
    before.items,
  );
});
