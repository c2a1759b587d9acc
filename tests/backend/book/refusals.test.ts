/**
 * Proves what `book.export` refuses and keeps: a path already taken (CONFLICT) or without its
 * parent folder (VALIDATION), both on `path` with nothing written or logged; a failed write leaves
 * nothing behind; a viewer may export; the files are one snapshot even with a write racing; and
 * through the shell, only a folder path the chooser handed out, once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PATH_NOT_CHOSEN, createGate } from '../../../electron/main/gate.ts';
import { uniqueFilePaths } from '../../../electron/main/file-names.ts';
import { createSession } from '../../../electron/main/session.ts';
import { topUp } from '../../support/backend.ts';
import { exportBook, givenBook, newFolderPath, readCsv } from './given-book.ts';

const KEPT = 'a file the person made';

afterEach(() => {
  vi.restoreAllMocks();
});

async function exportActions(t: Awaited<ReturnType<typeof givenBook>>['t']) {
  const events = (await t.call('audit.list', {})).items;
  return events.filter((event) => event.action === 'book.export');
}

describe('book.export refuses', () => {
  it('a path where a folder or file already is: CONFLICT on path, kept, nothing logged', async () => {
    const { t } = await givenBook();
    const folder = newFolderPath('taken');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'customers.csv'), KEPT);
    const file = newFolderPath('taken.csv');
    fs.writeFileSync(file, KEPT);
    for (const target of [folder, file]) {
      const error = await t.fail('book.export', { path: target });
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'path' });
      expect(error.message).not.toContain(path.dirname(target));
    }
    expect(fs.readdirSync(folder)).toEqual(['customers.csv']);
    expect(fs.readFileSync(path.join(folder, 'customers.csv'), 'utf8')).toBe(KEPT);
    expect(fs.readFileSync(file, 'utf8')).toBe(KEPT);
    expect(await exportActions(t)).toEqual([]);
  });

  it('a path whose parent folder does not exist, or that is not absolute: VALIDATION on path', async () => {
    const { t } = await givenBook();
    const orphan = path.join(newFolderPath('missing'), 'book');
    for (const target of [orphan, 'relative/book', '']) {
      expect(await t.fail('book.export', { path: target })).toMatchObject({
        code: 'VALIDATION',
        field: 'path',
      });
    }
    expect(fs.existsSync(path.dirname(orphan))).toBe(false);
    expect(await exportActions(t)).toEqual([]);
  });

  it('leaves no file nor folder behind when a write fails midway, and logs nothing', async () => {
    const { t } = await givenBook();
    const target = newFolderPath();
    const realWrite = fs.writeSync;
    let writes = 0;
    const failThird = (...args: unknown[]): number => {
      writes += 1;
      if (writes === 3) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return (realWrite as (...all: unknown[]) => number)(...args);
    };
    vi.spyOn(fs, 'writeSync').mockImplementation(failThird);
    const error = await t.fail('book.export', { path: target });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'path' });
    expect(error.message).toContain('ENOSPC');
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(path.dirname(target)).filter((name) => name !== 'ledger.sqlite')).toEqual(
      [],
    );
    vi.restoreAllMocks();
    expect(await exportActions(t)).toEqual([]);
  });
});

describe('book.export by role', () => {
  it('is open to a viewer (read and export), logged as theirs', async () => {
    const { t, viewerId } = await givenBook();
    const { result } = await exportBook(t, viewerId);
    expect(result.files).toBe(16);
    expect((await exportActions(t))[0]).toMatchObject({ actorId: viewerId });
  });
});

describe('book.export as one snapshot', () => {
  it('reads every file in one transaction: a top-up racing it is in none of them or all', async () => {
    const { t, zoe } = await givenBook();
    const target = newFolderPath();
    const exporting = t.call('book.export', { path: target });
    const racing = topUp(t, zoe, '7.00');
    const [result] = await Promise.all([exporting, racing]);
    const entries = readCsv(target, 'entries.csv').records;
    const customers = readCsv(target, 'customers.csv').records;
    const lots = readCsv(target, 'lots.csv').records;
    const audit = readCsv(target, 'audit_events.csv').records;
    const zoeRow = customers.find((row) => row.customer_id === zoe);
    const zoeEntries = entries.filter((row) => row.customer_id === zoe);
    expect(zoeRow?.entries).toBe(String(zoeEntries.length));
    expect(zoeRow?.balance).toBe(zoeEntries.at(-1)?.balance_after);
    const seven = zoeEntries.some((row) => row.amount === '7.00');
    expect(lots.some((row) => row.original === '7.00')).toBe(seven);
    expect(audit.at(-1)).toMatchObject({ seq: String(result.auditHead?.seq) });
    expect(
      audit.some((row) => row.action === 'balance.topUp' && (row.after ?? '').includes('"7.00"')),
    ).toBe(seven);
  });
});

describe('book.export through the shell', () => {
  it('writes only a new-folder path the folder chooser handed out, once', async () => {
    const { t } = await givenBook();
    const parent = path.dirname(newFolderPath());
    const gate = createGate({
      engine: t.backend,
      session: createSession(),
      chooseSavePath: () => Promise.resolve({ path: null }),
      chooseExportFolder: (request) =>
        Promise.resolve({ folder: parent, paths: uniqueFilePaths(parent, request.files) }),
    });
    await gate.invoke('app.signIn', { userId: 'admin' });
    const spoof = path.join(parent, 'book');
    expect(await gate.invoke('book.export', { path: spoof })).toEqual(PATH_NOT_CHOSEN);
    expect(fs.existsSync(spoof)).toBe(false);
    fs.mkdirSync(path.join(parent, 'Book 2026-03-02'));
    const request = {
      title: 'Export',
      files: [{ suggestedName: 'Book 2026-03-02', extension: 'folder' }],
    };
    const chosen = (await gate.invoke('app.chooseExportFolder', request)) as {
      data: { paths: string[] };
    };
    const [granted = ''] = chosen.data.paths;
    expect(path.basename(granted)).toBe('Book 2026-03-02-2');
    expect(await gate.invoke('book.export', { path: granted })).toMatchObject({
      ok: true,
      data: { path: granted, files: 16 },
    });
    expect(await gate.invoke('book.export', { path: granted })).toEqual(PATH_NOT_CHOSEN);
  });
});
