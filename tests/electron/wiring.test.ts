/**
 * Proves the Electron shell's wiring: the ledger opens in `<appData>/Balancebook` (the folder the
 * web bridge also finds), today's backup is made before the window opens, every engine and app
 * channel gets an IPC handler, the window is sandboxed, context-isolated and Node-free, has no
 * devTools when packaged, loads from `app://balancebook/` (registered privileged before ready and
 * served from the renderer folder) and can neither open windows nor navigate away, every other
 * web contents the app makes gets the same guards, a sender from another origin is refused before
 * the engine is called, nothing but the user list is served before sign-in, the menu is
 * installed, and quitting waits for the ledger to close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../electron/backend/db/open.ts';
import { listBackups } from '../../electron/backup/daily.ts';
import { SIGN_IN_FIRST } from '../../electron/main/gate.ts';
import type { InvokeListener } from '../../electron/main/ipc.ts';
import { MENU_LABELS } from '../../electron/main/menu.ts';
import { resolveDataDir } from '../../electron/web/data-dir.ts';
import { appChannels, isShellOnlyChannel } from '../../shared/contract/app-channels.ts';
import { channels } from '../../shared/contract/channels.ts';

type Listener = (...args: never[]) => unknown;
type PreventableEvent = { url?: string; preventDefault(): void; defaultPrevented: boolean };
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;
type MenuTemplate = { label?: string; submenu?: { label?: string; role?: string }[] }[];

/** A stand-in for the parts of Electron the entry point touches, recording what it is given. */
const fake = vi.hoisted(() => {
  const state = {
    appData: '',
    paths: new Map<string, string>(),
    handlers: new Map<string, InvokeListener>(),
    appListeners: new Map<string, ((event?: unknown) => void)[]>(),
    windows: [] as FakeWindow[],
    headersListener: null as HeadersListener | null,
    permissionRequest: null as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null,
    permissionCheck: null as (() => boolean) | null,
    startupErrors: [] as string[],
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    isReady: false,
    schemesRegisteredBeforeReady: false,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    menu: null as unknown,
    quitCalls: 0,
    backupsWhenWindowOpened: -1,
    onWindow: (): void => undefined,
    unsealed: [] as string[],
    heapSizings: 0,
  };

  class FakeContents {
    readonly listeners = new Map<string, Listener>();
    readonly permissions = { request: null as unknown, check: null as unknown };
    readonly session = {
      setPermissionRequestHandler: (handler: unknown) => {
        this.permissions.request = handler;
      },
      setPermissionCheckHandler: (handler: unknown) => {
        this.permissions.check = handler;
      },
    };
    windowOpenHandler: (() => { action: string }) | null = null;
    on(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: () => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    reload(): void {}
  }

  class FakeWindow {
    readonly webContents = new FakeContents();
    loadedUrl: string | null = null;
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      state.onWindow();
      state.windows.push(this);
    }
    on(): this {
      return this;
    }
    once(): this {
      return this;
    }
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }

  const module = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      whenReady: () => {
        state.isReady = true;
        return Promise.resolve();
      },
      getPath: (name: string) =>
        state.paths.get(name) ?? (name === 'appData' ? state.appData : os.tmpdir()),
      setPath: (name: string, value: string) => {
        state.paths.set(name, value);
      },
      on: (event: string, listener: (event?: unknown) => void) => {
        state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      },
      quit: () => {
        state.quitCalls += 1;
      },
      exit: () => undefined,
    },
    BrowserWindow: FakeWindow,
    FakeContents,
    protocol: {
      registerSchemesAsPrivileged: (
        schemes: { scheme: string; privileges: Record<string, boolean> }[],
      ) => {
        state.schemesRegisteredBeforeReady = !state.isReady;
        state.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, listener: InvokeListener) => {
        if (state.handlers.has(channel)) throw new Error(`${channel} registered twice`);
        state.handlers.set(channel, listener);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        state.menu = menu;
      },
    },
    shell: { openPath: () => Promise.resolve('') },
    // A reversible stand-in for the keychain: what it seals is unreadable without it.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(Buffer.from(text).toString('hex')),
      decryptString: (sealed: Buffer) => {
        const text = Buffer.from(sealed.toString(), 'hex').toString();
        state.unsealed.push(text);
        return text;
      },
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (listener: HeadersListener) => {
            state.headersListener = listener;
          },
        },
        setPermissionRequestHandler: (
          handler: (
            contents: unknown,
            permission: string,
            callback: (granted: boolean) => void,
          ) => void,
        ) => {
          state.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: () => boolean) => {
          state.permissionCheck = handler;
        },
      },
    },
    dialog: {
      showErrorBox: (title: string, detail: string) => {
        state.startupErrors.push(`${title}: ${detail}`);
      },
    },
  };
  return { state, module };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));
vi.mock('../../electron/main/heap.ts', () => ({
  keepHeapTight: () => {
    fake.state.heapSizings += 1;
  },
}));

const EVIL_ORIGIN = 'https://evil.example/index.html';
const KEPT_URL = 'postgres://ana:S3cret-kept@127.0.0.1:1/books?sslmode=disable';
const consoleErrors: unknown[] = [];
const realConsoleError = console.error;

function preventable(url?: string): PreventableEvent {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

describe('the main entry point, with Electron faked', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-shell-'));
  const userData = path.join(temp, 'appData', 'Balancebook');

  beforeAll(async () => {
    // The packaged layout: migrations in <resources>/migrations, the ledger in userData.
    const resources = path.join(temp, 'resources');
    fs.cpSync(DEFAULT_MIGRATIONS_FOLDER, path.join(resources, 'migrations'), { recursive: true });
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    fake.state.appData = path.join(temp, 'appData');
    // A ledger from an earlier day, so there is something for today's backup to copy.
    fs.mkdirSync(userData, { recursive: true });
    createBackend({ dbPath: path.join(userData, 'balancebook.sqlite') }).close();
    // A server book kept from the last run, sealed by the keychain, on a server now unreachable.
    const sealed = Buffer.from(Buffer.from(KEPT_URL).toString('hex')).toString('base64');
    const kept = { address: 'ana@127.0.0.1:1/books', sealed };
    fs.writeFileSync(path.join(userData, 'server-book.json'), JSON.stringify(kept));
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
    };
    fake.state.onWindow = () => {
      fake.state.backupsWhenWindowOpened = listBackups(path.join(userData, 'backups')).length;
    };
    await import('../../electron/main/index.ts');
    await vi.waitFor(() => {
      expect(fake.state.windows).toHaveLength(1);
    });
  });

  afterAll(() => {
    console.error = realConsoleError;
    Reflect.deleteProperty(process, 'resourcesPath');
    fs.rmSync(temp, { recursive: true, force: true });
  });

  function mainWindow() {
    const window = fake.state.windows[0];
    if (window === undefined) throw new Error('no window was created');
    return window;
  }

  function handler(channel: string): InvokeListener {
    const listener = fake.state.handlers.get(channel);
    if (listener === undefined) throw new Error(`${channel} has no handler`);
    return listener;
  }

  it('starts without an error and opens the ledger where the web bridge looks too', () => {
    expect(fake.state.startupErrors).toEqual([]);
    expect(fake.state.paths.get('userData')).toBe(userData);
    const bridgeDir = resolveDataDir({
      platform: 'linux',
      env: { XDG_CONFIG_HOME: fake.state.appData },
      homeDir: '/nowhere',
    });
    expect(bridgeDir).toBe(userData);
  });

  it('sizes the heap for a long day of statements, once (electron/main/heap.ts)', () => {
    expect(fake.state.heapSizings).toBe(1);
  });

  it('unseals the kept server book with safeStorage, and keeps the local file when it fails', async () => {
    expect(fake.state.unsealed).toEqual([KEPT_URL]);
    const own = { senderFrame: { url: String(mainWindow().loadedUrl) } };
    expect(await handler('app.book')(own, {})).toEqual({
      ok: true,
      data: { book: { kind: 'local' } },
    });
    const logged = JSON.stringify(consoleErrors);
    expect(logged).toContain('the server book did not open');
    expect(logged).not.toContain('S3cret-kept');
  });

  it("makes today's backup before the window opens", () => {
    expect(fake.state.backupsWhenWindowOpened).toBe(1);
  });

  it('registers a handler for every engine channel but the shell-only ones, every app channel, and no other', () => {
    const engineChannels = Object.keys(channels).filter((name) => !isShellOnlyChannel(name));
    const expected = [...engineChannels, ...Object.keys(appChannels)].sort();
    expect([...fake.state.handlers.keys()].sort()).toEqual(expected);
  });

  it('installs the menu with the ledger commands and the edit roles', () => {
    const menu = fake.state.menu as MenuTemplate;
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View']);
    const file = menu[0]?.submenu?.map((item) => item.label) ?? [];
    expect(file).toEqual(expect.arrayContaining(Object.values(MENU_LABELS)));
    expect(menu[1]?.submenu?.map((item) => item.role)).toEqual(
      expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll']),
    );
  });

  it('builds a sandboxed, context-isolated window without Node', () => {
    const preferences = mainWindow().options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(preferences?.['preload'])).toMatch(/preload[/\\]index\.js$/);
  });

  it('has no devTools when packaged', () => {
    expect(mainWindow().options.webPreferences).toMatchObject({ devTools: false });
  });

  it('loads the renderer from app://balancebook/, a privileged scheme served from its folder', async () => {
    expect(mainWindow().loadedUrl).toBe('app://balancebook/index.html');
    expect(fake.state.schemesRegisteredBeforeReady).toBe(true);
    expect(fake.state.privilegedSchemes.map((each) => each.scheme)).toEqual(['app']);
    expect(fake.state.privilegedSchemes[0]?.privileges).toMatchObject({
      standard: true,
      secure: true,
    });
    const serve = fake.state.protocolHandlers.get('app');
    const escape = await serve?.(new Request('app://balancebook/..%2f..%2fpackage.json'));
    expect(escape?.status).toBe(403);
  });

  it('guards every web contents the app makes, not only the main window', () => {
    const onCreated = fake.state.appListeners.get('web-contents-created') ?? [];
    expect(onCreated).toHaveLength(1);
    const contents = new fake.module.FakeContents();
    (onCreated[0] as (event: unknown, contents: unknown) => void)({}, contents);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const navigate = contents.listeners.get('will-navigate') as (event: PreventableEvent) => void;
    const away = preventable(EVIL_ORIGIN);
    navigate(away);
    expect(away.defaultPrevented).toBe(true);
    const attach = contents.listeners.get('will-attach-webview') as (
      event: PreventableEvent,
    ) => void;
    const webview = preventable();
    attach(webview);
    expect(webview.defaultPrevented).toBe(true);
    const answers: boolean[] = [];
    const request = contents.permissions.request as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    request(null, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect((contents.permissions.check as () => boolean)()).toBe(false);
  });

  it('denies window.open and refuses navigation away from the app', () => {
    const contents = mainWindow().webContents;
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const navigate = contents.listeners.get('will-navigate') as (event: PreventableEvent) => void;
    const away = preventable(EVIL_ORIGIN);
    navigate(away);
    expect(away.defaultPrevented).toBe(true);
    const home = preventable(`${String(mainWindow().loadedUrl)}#/customers`);
    navigate(home);
    expect(home.defaultPrevented).toBe(false);
  });

  it('refuses every permission a page asks for', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'openExternal', 'geolocation']) {
      fake.state.permissionRequest?.(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(fake.state.permissionCheck?.()).toBe(false);
  });

  it('sends a strict Content-Security-Policy header', () => {
    let headers: Record<string, string[]> = {};
    fake.state.headersListener?.({ responseHeaders: {} }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self';");
  });

  it('refuses another origin, and serves the app itself only after sign-in', async () => {
    const own = { senderFrame: { url: String(mainWindow().loadedUrl) } };
    const getSettings = handler('settings.get');
    const refused = await getSettings({ senderFrame: { url: EVIL_ORIGIN } }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await getSettings(own, {})).toEqual(SIGN_IN_FIRST);
    const signedIn = await handler('app.signIn')(own, { userId: 'admin' });
    expect(signedIn).toMatchObject({ ok: true, data: { user: { id: 'admin' } } });
    expect(await getSettings(own, {})).toMatchObject({ ok: true });
  });

  it('waits for the ledger to close before quitting', async () => {
    const [onWillQuit] = fake.state.appListeners.get('will-quit') ?? [];
    const first = preventable();
    onWillQuit?.(first);
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => {
      expect(fake.state.quitCalls).toBe(1);
    });
    const second = preventable();
    onWillQuit?.(second);
    expect(second.defaultPrevented).toBe(false);
    const afterClose = await handler('settings.get')(
      { senderFrame: { url: String(mainWindow().loadedUrl) } },
      {},
    );
    expect(afterClose).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
