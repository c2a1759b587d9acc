/**
 * The application window and its guards: the renderer runs sandboxed and context-isolated with no
 * Node, reaches main only through the preload's `window.api`, has no devTools when packaged,
 * cannot open other windows, cannot navigate away from the app's own document, and cannot attach
 * a <webview>. The same guards, and a refusal of every permission, are put on every web contents
 * the app ever makes (`web-contents-created`), not only the main window's. Electron's classes
 * come in as parameters, so tests can pass fakes.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { rendererUrl, type RendererLocation } from './origin.ts';
import { refuseAllPermissions, type PermissionSession } from './permissions.ts';

export const WINDOW_TITLE = 'Balancebook';

type PreventableEvent = { preventDefault(): void };
type NavigationEvent = PreventableEvent & { url: string };

/** The part of Electron's `WebContents` this module uses. */
export type GuardedContents = {
  on(event: 'will-navigate', listener: (details: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
};

/** The part of Electron's `BrowserWindow` this module uses. */
export type AppWindow = {
  webContents: GuardedContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
};

export type WindowClass<W extends AppWindow> = new (options: BrowserWindowConstructorOptions) => W;

/** Every web contents as `web-contents-created` hands it over. */
export type CreatedContents = GuardedContents & { session: PermissionSession };

/** The part of Electron's `app` this module uses. */
export type ContentsEvents = {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: CreatedContents) => void,
  ): unknown;
};

export type WindowSettings = { preloadPath: string; isPackaged: boolean };

export function buildWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !settings.isPackaged,
    },
  };
}

/** Denies new windows and refuses every navigation except to the app's own document. */
export function guardContents(contents: GuardedContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Installs the guards on every web contents made from now on; call before the first window. */
export function guardEveryContents(app: ContentsEvents, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, isAppUrl);
    refuseAllPermissions(contents.session);
  });
}

export type MainWindowOptions<W extends AppWindow> = WindowSettings & {
  BrowserWindow: WindowClass<W>;
  location: RendererLocation;
  isAppUrl: (url: string) => boolean;
};

export function createMainWindow<W extends AppWindow>(options: MainWindowOptions<W>): W {
  const window = new options.BrowserWindow(buildWindowOptions(options));
  guardContents(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(rendererUrl(options.location)).catch((error: unknown) => {
    console.error('[balancebook] the window could not load the application', error);
  });
  return window;
}
