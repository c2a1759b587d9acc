/**
 * Proves the browser's export rules over the real bridge: only a path the bridge handed out may
 * be written, once; a file already there is never replaced (no dialog asked the person); and no
 * error names a folder of the computer, only files relative to the exports folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relativeToExports } from '../../electron/web/exports.ts';
import type { Customer } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import { rid } from '../support/backend.ts';
import { givenBridge, type TestBridge } from './client.ts';

let t: TestBridge;

beforeEach(async () => {
  t = await givenBridge();
});

afterEach(async () => {
  await t.close();
});

const SAVE = { title: 'Save', suggestedName: 'Acme March', extension: 'csv' } as const;
const FOLDER = { title: 'March', files: [{ suggestedName: 'Acme', extension: 'pdf' }] } as const;

async function givenSignedInCustomer() {
  await t.call('app.signIn', { userId: 'admin' });
  const customer = (await t.call('customers.create', {
    name: 'Acme',
    currency: 'EUR',
    requestId: rid('customer'),
  })) as Customer;
  return { customerId: customer.id, from: '2026-03-01', to: '2026-03-31' };
}

function expectNoFolderNamed(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).not.toContain(t.dataDir);
  expect(result.error.message).not.toMatch(/(^|\s)\//);
}

describe('exports from the browser', () => {
  it('write a handed-out path once, and nothing the bridge did not hand out', async () => {
    const range = await givenSignedInCustomer();
    const chosen = (await t.call('app.chooseSavePath', SAVE)) as { path: string };
    const unchosen = path.join(path.dirname(chosen.path), 'unchosen.csv');
    const refusedNew = await t.invoke('statements.exportCsv', { ...range, path: unchosen });
    expect(refusedNew).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'path' } });
    expectNoFolderNamed(refusedNew);
    expect(fs.existsSync(unchosen)).toBe(false);
    await t.call('statements.exportCsv', { ...range, path: chosen.path });
    const again = await t.invoke('statements.exportCsv', { ...range, path: chosen.path });
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'path' } });
  });

  it('never replace a file that appeared at the handed-out path, and say so by its name', async () => {
    const range = await givenSignedInCustomer();
    const chosen = (await t.call('app.chooseSavePath', SAVE)) as { path: string };
    fs.writeFileSync(chosen.path, 'kept');
    const input = { ...range, path: chosen.path, overwrite: true };
    const refused = await t.invoke('statements.exportCsv', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'path' } });
    expectNoFolderNamed(refused);
    expect(JSON.stringify(refused)).toContain('Acme March.csv');
    expect(fs.readFileSync(chosen.path, 'utf8')).toBe('kept');
  });

  it('name a missing folder without the folders of the computer', async () => {
    const range = await givenSignedInCustomer();
    const chosen = (await t.call('app.chooseExportFolder', FOLDER)) as {
      folder: string;
      paths: string[];
    };
    fs.rmSync(chosen.folder, { recursive: true });
    const input = { ...range, path: chosen.paths[0] };
    const refused = await t.invoke('statements.exportPdf', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'path' } });
    expectNoFolderNamed(refused);
  });
});

describe('relativeToExports', () => {
  it('rewrites the exports folder as exports/ in error messages and leaves the rest', () => {
    const root = path.join(path.sep, 'home', 'vera', 'Balancebook', 'exports');
    const error = {
      code: 'VALIDATION' as const,
      message: `The folder ${root}${path.sep}March does not exist; ${root} is kept`,
      field: 'path',
    };
    expect(relativeToExports({ ok: false, error }, root)).toEqual({
      ok: false,
      error: { ...error, message: 'The folder exports/March does not exist; exports is kept' },
    });
    const written = { ok: true as const, data: { path: path.join(root, 'a.csv') } };
    expect(relativeToExports(written, root)).toBe(written);
  });
});
