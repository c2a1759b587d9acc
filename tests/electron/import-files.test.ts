/**
 * Proves the shell's rule for import files: `imports.preview` and `imports.commit` read only a
 * file handed over through `app.receiveImportFile` in this session (any other path is FORBIDDEN
 * on `path` and never reaches the engine), the same path serves the preview and the commit, the
 * file keeps its name, and signing out forgets every file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { IMPORT_FILE_NOT_RECEIVED, createGate } from '../../electron/main/gate.ts';
import { createSession } from '../../electron/main/session.ts';
import { fakeClock, rid } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

const CSV = 'external_id,name,currency\nC-1,Acme,EUR\n';

async function givenShell() {
  const folder = path.dirname(tempDbPath());
  const backend = createBackend({ dbPath: ':memory:', now: fakeClock().now, timeZone: 'UTC' });
  const engineCalls = vi.spyOn(backend, 'invokeUnknown');
  const gate = createGate({
    engine: backend,
    session: createSession(),
    chooseSavePath: () => Promise.resolve({ path: null }),
    chooseExportFolder: () => Promise.resolve({ folder: null, paths: [] }),
    importFolder: path.join(folder, 'imports'),
  });
  await gate.invoke('app.signIn', { userId: 'admin' });
  const receive = async (fileName: string) => {
    const contentBase64 = Buffer.from(CSV).toString('base64');
    const result = await gate.invoke('app.receiveImportFile', { fileName, contentBase64 });
    if (!result.ok) throw new Error(result.error.message);
    return result.data as { path: string; fileName: string; bytes: number };
  };
  const importCalls = () =>
    engineCalls.mock.calls.filter(([channel]) => String(channel).startsWith('imports.'));
  return { folder, gate, receive, importCalls };
}

const preview = (target: string) => ({ path: target, kind: 'customers', mapping: {} });

describe('a file to import', () => {
  it('is read by the preview and then the commit, under its own name', async () => {
    const { gate, receive } = await givenShell();
    const received = await receive('../../customers.csv');
    expect(received).toMatchObject({ fileName: 'customers.csv', bytes: CSV.length });
    expect(path.basename(received.path)).toBe('customers.csv');
    expect(fs.readFileSync(received.path, 'utf8')).toBe(CSV);
    expect((await gate.invoke('imports.preview', preview(received.path))).ok).toBe(true);
    const committed = await gate.invoke('imports.commit', {
      ...preview(received.path),
      requestId: rid(),
    });
    expect(committed).toMatchObject({ ok: true, data: { fileName: 'customers.csv' } });
  });

  it('is refused on path when nobody handed it over, without reaching the engine', async () => {
    const { folder, gate, importCalls } = await givenShell();
    const elsewhere = path.join(folder, 'secret.csv');
    fs.writeFileSync(elsewhere, CSV);
    expect(await gate.invoke('imports.preview', preview(elsewhere))).toEqual(
      IMPORT_FILE_NOT_RECEIVED,
    );
    expect(importCalls()).toEqual([]);
  });

  it('is forgotten at sign-out', async () => {
    const { gate, receive, importCalls } = await givenShell();
    const received = await receive('customers.csv');
    await gate.invoke('app.signOut', {});
    await gate.invoke('app.signIn', { userId: 'admin' });
    expect(await gate.invoke('imports.preview', preview(received.path))).toEqual(
      IMPORT_FILE_NOT_RECEIVED,
    );
    expect(importCalls()).toEqual([]);
  });
});
