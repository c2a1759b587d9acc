/**
 * Proves backups in the browser: the very first start makes a backup once the ledger exists, a
 * bridge left running makes the next day's at its next check (and no second one the same day);
 * over HTTP, a signed-in person backs up and lists backups newest first, an admin restores a
 * listed one (the ledger goes back to it, a safety copy is kept, everyone is signed out), and the
 * refusals come in order: signed out, not an admin, not a listed backup. The desktop's gate,
 * which has no backups, refuses these channels and points to its File menu.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { listBackups } from '../../electron/backup/daily.ts';
import { createGate } from '../../electron/main/gate.ts';
import { createSession } from '../../electron/main/session.ts';
import { createWebBackups } from '../../electron/web/backups.ts';
import type { BackupListing } from '../../shared/contract/app-channels.ts';
import type { Customer } from '../../shared/contract/types.ts';
import { fakeClock, rid } from '../support/backend.ts';
import { givenBridge, type TestBridge } from './client.ts';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function bridge(): Promise<TestBridge> {
  const t = await givenBridge();
  cleanups.push(() => t.close());
  return t;
}

/** A real ledger file and the timer callback the daily check registered, to tick by hand. */
function givenDailyBackups() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-web-backups-'));
  cleanups.push(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const dbPath = path.join(dataDir, 'balancebook.sqlite');
  const backupsDir = path.join(dataDir, 'backups');
  const clock = fakeClock('2026-03-01T22:30:00Z');
  const backend = createBackend({ dbPath, now: clock.now, timeZone: 'Europe/Brussels' });
  cleanups.push(() => {
    backend.close();
  });
  const ticks: (() => void)[] = [];
  const backups = createWebBackups({
    dbPath,
    backupsDir,
    host: { suspend: () => Promise.resolve(), resume: () => undefined },
    session: createSession(),
    now: clock.now,
    timeZone: 'Europe/Brussels',
    timer: {
      setInterval: (callback) => ticks.push(callback),
      clearInterval: () => undefined,
    },
  });
  cleanups.push(() => backups.stop());
  const tick = async () => {
    for (const callback of ticks) callback();
    await backups.idle();
  };
  return { backups, clock, backupsDir, tick };
}

describe('the automatic backup in the browser', () => {
  it('is made at the very first start, once the ledger exists', async () => {
    const { backups, backupsDir } = givenDailyBackups();
    await backups.idle();
    expect(listBackups(backupsDir).map((each) => each.day)).toEqual(['2026-03-01']);
  });

  it('is made again the next day by a bridge left running, once a day', async () => {
    const { backups, clock, backupsDir, tick } = givenDailyBackups();
    await backups.idle();
    clock.advance({ minutes: 20 });
    await tick();
    expect(listBackups(backupsDir)).toHaveLength(1);
    clock.advance({ hours: 1 }); // past midnight in Brussels
    await tick();
    expect(listBackups(backupsDir).map((each) => each.day)).toEqual(['2026-03-01', '2026-03-02']);
  });
});

async function customerNames(t: TestBridge): Promise<string[]> {
  const listed = (await t.call('customers.list', {})) as { items: Customer[] };
  return listed.items.map((customer) => customer.name).sort();
}

describe('backup and restore over the web bridge', () => {
  it('backs up, lists newest first, and restores a listed backup, signing everyone out', async () => {
    const t = await bridge();
    await t.call('app.signIn', { userId: 'admin' });
    await t.call('customers.create', { name: 'Kept Ltd', currency: 'EUR', requestId: rid() });
    t.clock.advance({ minutes: 1 });
    const made = (await t.call('app.backUpNow', {})) as { path: string };
    expect(fs.existsSync(made.path)).toBe(true);
    await t.call('customers.create', { name: 'Later Ltd', currency: 'EUR', requestId: rid() });

    const listed = (await t.call('app.listBackups', {})) as { backups: BackupListing[] };
    expect(listed.backups[0]?.name).toBe(path.basename(made.path));
    expect(listed.backups[0]?.sizeBytes).toBeGreaterThan(0);

    const restored = (await t.call('app.restoreBackup', { name: path.basename(made.path) })) as {
      safetyBackup: string;
    };
    expect(fs.existsSync(restored.safetyBackup)).toBe(true);
    expect(await t.call('app.session', {})).toEqual({ user: null });
    await t.call('app.signIn', { userId: 'admin' });
    expect(await customerNames(t)).toEqual(['Kept Ltd']);
  });

  it('refuses in order: signed out, not an admin, not a listed backup; nothing changes', async () => {
    const t = await bridge();
    const signedOut = await t.invoke('app.restoreBackup', { name: 'x.sqlite' });
    expect(signedOut).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.invoke('app.backUpNow', {})).toMatchObject({ ok: false });

    await t.call('app.signIn', { userId: 'admin' });
    await t.call('users.create', { name: 'Ali', role: 'accountant', requestId: rid() });
    const made = (await t.call('app.backUpNow', {})) as { path: string };
    const accountant = (await t.call('users.list', {})) as { id: string; name: string }[];
    const ali = accountant.find((user) => user.name === 'Ali');
    await t.call('app.signIn', { userId: ali?.id ?? '' });
    expect(await t.invoke('app.restoreBackup', { name: path.basename(made.path) })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only an admin can restore a backup' },
    });

    await t.call('app.signIn', { userId: 'admin' });
    const outside = await t.invoke('app.restoreBackup', { name: '../balancebook.sqlite' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'name' } });
    expect(await t.invoke('app.restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'name' },
    });
    expect(await customerNames(t)).toEqual([]);
    expect(await t.call('app.session', {})).toMatchObject({ user: { id: 'admin' } });
  });
});

describe('the desktop gate', () => {
  it('points to the File menu for backups', async () => {
    const gate = createGate({
      engine: { invokeUnknown: () => Promise.resolve({ ok: true, data: [] }) },
      session: createSession(),
      chooseSavePath: () => Promise.resolve({ path: null }),
      chooseExportFolder: () => Promise.resolve({ folder: null, paths: [] }),
    });
    for (const channel of ['app.backUpNow', 'app.listBackups']) {
      expect(await gate.invoke(channel, {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Back up and restore from the File menu' },
      });
    }
  });
});
