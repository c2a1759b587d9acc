/**
 * Proves the shell's rule for export paths: an engine call may write only a path the save or
 * folder chooser handed out in this session, once, and never reaches the engine otherwise;
 * whether it may replace a file there comes from how the path was chosen, never from the caller;
 * signing out forgets every path; and the shell remembers a bounded number of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { GRANTS_MAX, createExportGrants } from '../../electron/main/export-grants.ts';
import { PATH_NOT_CHOSEN, createGate, type SaveChoice } from '../../electron/main/gate.ts';
import { createSession } from '../../electron/main/session.ts';
import { EXPORT_FOLDER_FILES_MAX } from '../../shared/contract/app-channels.ts';
import { fakeClock, rid } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

const SAVE = { title: 'Save statement', suggestedName: 'Acme', extension: 'csv' } as const;
const FOLDER = {
  title: 'Month-end',
  files: [
    { suggestedName: 'Acme', extension: 'pdf' },
    { suggestedName: 'Zeta', extension: 'pdf' },
  ],
} as const;
const KEPT = 'kept';

async function givenShell() {
  const folder = path.dirname(tempDbPath());
  const backend = createBackend({ dbPath: ':memory:', now: fakeClock().now, timeZone: 'UTC' });
  const created = await backend.invoke('customers.create', {
    name: 'Acme',
    currency: 'EUR',
    requestId: rid('customer'),
  });
  if (!created.ok) throw new Error(created.error.message);
  const customerId = (created.data as { id: string }).id;
  const engineCalls = vi.spyOn(backend, 'invokeUnknown');
  let nextSave: SaveChoice = { path: path.join(folder, 'chosen.csv'), overwrite: true };
  const gate = createGate({
    engine: backend,
    session: createSession(),
    chooseSavePath: () => Promise.resolve(nextSave),
    chooseExportFolder: () =>
      Promise.resolve({
        folder,
        paths: [path.join(folder, 'Acme.pdf'), path.join(folder, 'Zeta.pdf')],
      }),
  });
  await gate.invoke('app.signIn', { userId: 'admin' });
  const exportCsv = (target: unknown, extra: object = {}) =>
    gate.invoke('statements.exportCsv', {
      customerId,
      from: '2026-03-01',
      to: '2026-03-31',
      path: target,
      ...extra,
    });
  const exportCalls = () =>
    engineCalls.mock.calls.filter(([channel]) => String(channel).includes('export'));
  const choose = async (choice: SaveChoice) => {
    nextSave = choice;
    return ((await gate.invoke('app.chooseSavePath', SAVE)) as { data: { path: string } }).data
      .path;
  };
  return { folder, backend, gate, customerId, exportCsv, exportCalls, choose };
}

describe('an export to a path nobody chose', () => {
  it('is FORBIDDEN on path and never reaches the engine', async () => {
    const { folder, exportCsv, exportCalls, choose, backend, gate } = await givenShell();
    const chosen = await choose({ path: path.join(folder, 'chosen.csv'), overwrite: true });
    const bashrc = path.join(folder, '.bashrc');
    fs.writeFileSync(bashrc, KEPT);
    const spoofs = [
      bashrc,
      path.join(folder, 'other.csv'),
      `${folder}/sub/../chosen.csv`,
      `${chosen}/`,
      42,
      null,
    ];
    for (const target of spoofs) expect(await exportCsv(target)).toEqual(PATH_NOT_CHOSEN);
    const invoice = { invoiceId: 'inv_x', path: bashrc, overwrite: true };
    expect(await gate.invoke('invoices.exportPdf', invoice)).toEqual(PATH_NOT_CHOSEN);
    expect(exportCalls()).toEqual([]);
    expect(fs.readFileSync(bashrc, 'utf8')).toBe(KEPT);
    expect(fs.existsSync(chosen)).toBe(false);
    backend.close();
  });

  it('includes a chosen path already used once, even after a failed export', async () => {
    const { folder, exportCsv, exportCalls, choose, backend } = await givenShell();
    const chosen = await choose({ path: path.join(folder, 'once.csv'), overwrite: true });
    expect(await exportCsv(chosen)).toMatchObject({ ok: true, data: { path: chosen } });
    expect(await exportCsv(chosen)).toEqual(PATH_NOT_CHOSEN);
    const again = await choose({ path: path.join(folder, 'again.csv'), overwrite: true });
    const bad = await exportCsv(again, { from: '2026-04-01' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'from' } });
    expect(await exportCsv(again)).toEqual(PATH_NOT_CHOSEN);
    expect(exportCalls()).toHaveLength(2);
    backend.close();
  });

  it('includes every path once someone signs out or signs in again', async () => {
    const { folder, gate, exportCsv, exportCalls, choose, backend } = await givenShell();
    const chosen = await choose({ path: path.join(folder, 'a.csv'), overwrite: true });
    await gate.invoke('app.chooseExportFolder', FOLDER);
    await gate.invoke('app.signOut', {});
    await gate.invoke('app.signIn', { userId: 'admin' });
    expect(await exportCsv(chosen)).toEqual(PATH_NOT_CHOSEN);
    expect(await exportCsv(path.join(folder, 'Acme.pdf'))).toEqual(PATH_NOT_CHOSEN);
    const other = await choose({ path: path.join(folder, 'b.csv'), overwrite: true });
    await gate.invoke('app.signIn', { userId: 'admin' });
    expect(await exportCsv(other)).toEqual(PATH_NOT_CHOSEN);
    expect(exportCalls()).toEqual([]);
    backend.close();
  });
});

describe('replacing a file at a chosen path', () => {
  it('happens only when the save dialog asked, whatever the caller claims', async () => {
    const { folder, exportCsv, choose, backend } = await givenShell();
    const asked = await choose({ path: path.join(folder, 'asked.csv'), overwrite: true });
    fs.writeFileSync(asked, KEPT);
    expect(await exportCsv(asked, { overwrite: false })).toMatchObject({ ok: true });
    expect(fs.readFileSync(asked, 'utf8')).not.toBe(KEPT);
    const unasked = await choose({ path: path.join(folder, 'unasked.csv') });
    fs.writeFileSync(unasked, KEPT);
    const refused = await exportCsv(unasked, { overwrite: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'path' } });
    expect(fs.readFileSync(unasked, 'utf8')).toBe(KEPT);
    backend.close();
  });

  it('never happens for a path from the folder chooser', async () => {
    const { folder, gate, customerId, backend } = await givenShell();
    await gate.invoke('app.chooseExportFolder', FOLDER);
    const [acme, zeta] = [path.join(folder, 'Acme.pdf'), path.join(folder, 'Zeta.pdf')];
    fs.writeFileSync(zeta, KEPT);
    const range = { customerId, from: '2026-03-01', to: '2026-03-31', overwrite: true };
    const written = await gate.invoke('statements.exportPdf', { ...range, path: acme });
    expect(written).toMatchObject({ ok: true, data: { path: acme } });
    const refused = await gate.invoke('statements.exportPdf', { ...range, path: zeta });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'path' } });
    expect(fs.readFileSync(zeta, 'utf8')).toBe(KEPT);
    backend.close();
  });
});

describe('the remembered paths', () => {
  it(`keep at most ${GRANTS_MAX}, enough for two full month-end runs, forgetting the oldest`, () => {
    expect(GRANTS_MAX).toBeGreaterThanOrEqual(2 * EXPORT_FOLDER_FILES_MAX);
    const grants = createExportGrants(3);
    grants.give(['/a', '/b'], { overwrite: true });
    grants.give(['/c', '/d'], { overwrite: false });
    expect(grants.size()).toBe(3);
    expect(grants.take('/a')).toBeNull();
    expect(grants.take('/b')).toEqual({ overwrite: true });
    expect(grants.take('/b')).toBeNull();
    expect(grants.take('/d')).toEqual({ overwrite: false });
  });
});
