/**
 * Proves the whole-book export in the browser, over the real bridge: the folder chooser hands out
 * a new folder's path inside the exports folder, `book.export` fills it once, each of its files
 * downloads, and a path the bridge did not hand out is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookExport } from '../../shared/contract/types.ts';
import { rid } from '../support/backend.ts';
import { givenBridge, send, type TestBridge } from './client.ts';

let t: TestBridge;

beforeEach(async () => {
  t = await givenBridge();
  await t.call('app.signIn', { userId: 'admin' });
  await t.call('customers.create', { name: 'Acme', currency: 'EUR', requestId: rid('customer') });
});

afterEach(async () => {
  await t.close();
});

const REQUEST = {
  title: 'Export the whole book',
  files: [{ suggestedName: 'Balancebook 2026-03-01', extension: 'folder' }],
};

describe('the whole-book export in the browser', () => {
  it('fills a new folder in the exports folder, once, and each file downloads', async () => {
    const chosen = (await t.call('app.chooseExportFolder', REQUEST)) as { paths: string[] };
    const [target = ''] = chosen.paths;
    expect(path.relative(t.dataDir, target)).toBe(
      path.join('exports', 'Export the whole book', 'Balancebook 2026-03-01'),
    );
    const written = (await t.call('book.export', { path: target })) as BookExport;
    expect(written).toMatchObject({ path: target, files: 16 });
    const again = await t.invoke('book.export', { path: target });
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'path' } });
    for (const file of written.contents) {
      const reply = await send(t.bridge.port, {
        method: 'GET',
        path: `/api/download?path=${encodeURIComponent(file.path)}`,
        headers: { 'X-Balancebook-Token': t.bridge.token },
      });
      expect(reply.status, file.name).toBe(200);
      expect(reply.body, file.name).toBe(fs.readFileSync(file.path, 'utf8'));
    }
  });

  it('refuses a folder path the bridge did not hand out, and writes nothing', async () => {
    const target = path.join(t.dataDir, 'exports', 'book');
    const refused = await t.invoke('book.export', { path: target });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'path' } });
    expect(fs.existsSync(target)).toBe(false);
  });
});
