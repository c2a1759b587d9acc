/**
 * Proves the application menu (File: back up, restore, open the data folder, quit; Edit's
 * standard roles; View's zoom, with reload and developer tools only unpackaged) calls the actions
 * it is given, and that the File actions do what they say with faked dialogs: a backup is written
 * and reported, a restore is asked for twice and then replaces the ledger, signs out and reloads,
 * a cancelled or refused restore changes nothing, and every failure lands in an error box.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../electron/backend/db/open.ts';
import { listBackups } from '../../electron/backup/daily.ts';
import {
  RESTORE_BUTTON,
  createBackupActions,
  type BackupDialogs,
} from '../../electron/main/backup-actions.ts';
import { createEngineHost } from '../../electron/main/engine-host.ts';
import { MENU_LABELS, buildMenuTemplate, type MenuActions } from '../../electron/main/menu.ts';
import { openRoute } from '../../electron/main/open-route.ts';
import { EXPORT_BOOK_ROUTE } from '../../shared/contract/app-channels.ts';
import { createSession } from '../../electron/main/session.ts';
import type { Customer } from '../../shared/contract/types.ts';
import { fakeClock, rid } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

type Item = { label?: string; role?: string; type?: string; click?: () => void };

function givenActions(): MenuActions {
  return {
    backUpNow: vi.fn(),
    restoreFromBackup: vi.fn(),
    openDataFolder: vi.fn(),
    exportBook: vi.fn(),
    quit: vi.fn(),
  };
}

function submenu(template: ReturnType<typeof buildMenuTemplate>, label: string): Item[] {
  const menu = template.find((item) => item.label === label);
  return (menu?.submenu ?? []) as Item[];
}

describe('the menu template', () => {
  it('wires each File item to its action', () => {
    const actions = givenActions();
    const template = buildMenuTemplate(actions, { isPackaged: true, platform: 'linux' });
    const file = submenu(template, 'File');
    for (const [key, label] of Object.entries(MENU_LABELS)) {
      file.find((item) => item.label === label)?.click?.();
      expect(actions[key as keyof MenuActions], label).toHaveBeenCalledTimes(1);
    }
  });

  it('has the standard edit roles and zoom, and developer tools only unpackaged', () => {
    const roles = (packaged: boolean, label: string) =>
      submenu(buildMenuTemplate(givenActions(), { isPackaged: packaged, platform: 'linux' }), label)
        .map((item) => item.role)
        .filter((role) => role !== undefined);
    expect(roles(true, 'Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(true, 'View')).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(false, 'View')).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts Quit in the application menu on macOS', () => {
    const template = buildMenuTemplate(givenActions(), { isPackaged: true, platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(template, 'File').map((item) => item.label)).not.toContain(MENU_LABELS.quit);
  });
});

function hashOf(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A real ledger behind an engine host, with dialogs that answer as the test says. */
function givenDesktop() {
  const dbPath = tempDbPath();
  const dataDir = path.dirname(dbPath);
  const clock = fakeClock('2026-03-01T09:00:00Z');
  const open = () => createBackend({ dbPath, now: clock.now, timeZone: 'Europe/Brussels' });
  const timer = { setInterval: () => 0, clearInterval: () => undefined };
  const host = createEngineHost({ open, timer });
  const suspend = vi.spyOn(host, 'suspend');
  const session = createSession();
  session.signIn('admin');
  const answers = { openFile: null as string | null, confirm: RESTORE_BUTTON };
  const errors: string[] = [];
  const dialogs = {
    showOpenDialog: vi.fn(() =>
      Promise.resolve({
        canceled: answers.openFile === null,
        filePaths: answers.openFile === null ? [] : [answers.openFile],
      }),
    ),
    showMessageBox: vi.fn((options: { type: string }) =>
      Promise.resolve({ response: options.type === 'warning' ? answers.confirm : 0 }),
    ),
    showErrorBox: vi.fn((title: string, content: string) => {
      errors.push(`${title}: ${content}`);
    }),
  } satisfies BackupDialogs;
  const reloadWindow = vi.fn();
  const openPath = vi.fn(() => Promise.resolve(''));
  const backupsDir = path.join(dataDir, 'backups');
  const actions = createBackupActions({
    dialogs,
    host,
    session,
    reloadWindow,
    openPath,
    dataDir,
    dbPath,
    backupsDir,
    migrationsFolder: DEFAULT_MIGRATIONS_FOLDER,
    now: clock.now,
    timeZone: 'Europe/Brussels',
  });
  const customers = async () => {
    const listed = await host.invokeUnknown('customers.list', {});
    return listed.ok ? (listed.data as { items: Customer[] }).items.map((item) => item.name) : [];
  };
  const addCustomer = (name: string) =>
    host.invokeUnknown('customers.create', { name, currency: 'EUR', requestId: rid('customer') });
  return {
    host,
    suspend,
    session,
    answers,
    errors,
    dialogs,
    reloadWindow,
    openPath,
    actions,
    backupsDir,
    dbPath,
    dataDir,
    clock,
    customers,
    addCustomer,
  };
}

describe('Export the whole book…', () => {
  it("sends the window to Settings' export route on the page it shows, keeping the page", async () => {
    const loaded: string[] = [];
    const contents = {
      getURL: () => 'app://balancebook/index.html#/customers/cus_1/history',
      loadURL: (url: string) => {
        loaded.push(url);
        return Promise.resolve();
      },
    };
    await openRoute(contents, EXPORT_BOOK_ROUTE);
    expect(loaded).toEqual(['app://balancebook/index.html#/settings/export-book']);
  });
});

describe('the File actions', () => {
  it('backs up now and says where', async () => {
    const desktop = givenDesktop();
    await desktop.actions.backUpNow();
    const [backup] = listBackups(desktop.backupsDir);
    expect(backup?.path).toMatch(/balancebook-2026-03-01T10-00-00\.sqlite$/);
    expect(desktop.dialogs.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'info', detail: backup?.path }),
    );
    expect(desktop.errors).toEqual([]);
    await desktop.host.close();
  });

  it('restores a chosen backup after confirmation, signs out and reloads', async () => {
    const desktop = givenDesktop();
    await desktop.addCustomer('Kept');
    await desktop.actions.backUpNow();
    await desktop.addCustomer('Lost');
    desktop.clock.advance({ minutes: 5 });
    desktop.answers.openFile = listBackups(desktop.backupsDir)[0]?.path ?? null;
    await desktop.actions.restoreFromBackup();
    expect(desktop.errors).toEqual([]);
    expect(await desktop.customers()).toEqual(['Kept']);
    expect(desktop.session.userId()).toBeNull();
    expect(desktop.reloadWindow).toHaveBeenCalledTimes(1);
    const safety = fs.readdirSync(desktop.backupsDir).filter((name) => name.includes('before'));
    expect(safety.sort()).toEqual([
      'balancebook-before-restore-2026-03-01T10-05-00.sqlite',
      'balancebook-before-restore-2026-03-01T10-05-00.sqlite.json',
    ]);
    const restoredBackup = listBackups(desktop.backupsDir).at(-1)?.path ?? '';
    expect(restoredBackup).toMatch(/balancebook-2026-03-01T10-05-00\.sqlite$/);
    expect(desktop.dialogs.showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({ detail: expect.stringContaining(restoredBackup) as unknown }),
    );
    await desktop.host.close();
  });

  it('changes nothing when the person cancels either dialog', async () => {
    const desktop = givenDesktop();
    await desktop.actions.backUpNow();
    const before = hashOf(desktop.dbPath);
    await desktop.actions.restoreFromBackup();
    desktop.answers.openFile = listBackups(desktop.backupsDir)[0]?.path ?? null;
    desktop.answers.confirm = 1;
    await desktop.actions.restoreFromBackup();
    expect(desktop.suspend).not.toHaveBeenCalled();
    expect(hashOf(desktop.dbPath)).toBe(before);
    expect(desktop.session.userId()).toBe('admin');
    expect(desktop.errors).toEqual([]);
    await desktop.host.close();
  });

  it('shows a refused file in an error box and keeps the ledger open and untouched', async () => {
    const desktop = givenDesktop();
    await desktop.addCustomer('Kept');
    const junk = path.join(desktop.dataDir, 'notes.sqlite');
    fs.writeFileSync(junk, 'not a ledger at all, just some words');
    const before = hashOf(desktop.dbPath);
    desktop.answers.openFile = junk;
    await desktop.actions.restoreFromBackup();
    expect(desktop.errors).toEqual([
      expect.stringMatching(/^The backup was not restored: That file is not a SQLite database/),
    ]);
    expect(desktop.suspend).not.toHaveBeenCalled();
    expect(hashOf(desktop.dbPath)).toBe(before);
    expect(await desktop.customers()).toEqual(['Kept']);
    await desktop.host.close();
  });

  it('opens the data folder, and shows the shell refusing to', async () => {
    const desktop = givenDesktop();
    await desktop.actions.openDataFolder();
    expect(desktop.openPath).toHaveBeenCalledWith(desktop.dataDir);
    desktop.openPath.mockResolvedValueOnce('No application is registered');
    await desktop.actions.openDataFolder();
    expect(desktop.errors).toEqual([
      'The data folder could not be opened: No application is registered',
    ]);
    await desktop.host.close();
  });

  it('shows a failed backup in an error box instead of rejecting', async () => {
    const desktop = givenDesktop();
    fs.writeFileSync(desktop.backupsDir, 'a file where the folder should be');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(desktop.actions.backUpNow()).resolves.toBeUndefined();
    expect(desktop.errors).toEqual([expect.stringMatching(/^The backup failed: /)]);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    await desktop.host.close();
  });
});
