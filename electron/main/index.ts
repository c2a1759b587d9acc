/**
 * The main process: one running instance, one engine, one window. It makes today's backup, opens
 * the ledger in the user's data folder (with its scheduled pass), registers the IPC channels of
 * both registries behind the sign-in gate, builds the menu, and loads the renderer. This is the
 * only module that imports `electron`; everything it wires takes Electron's objects as
 * parameters. No business rules and no SQL live here.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { EXPORT_BOOK_ROUTE } from '../../shared/contract/app-channels.ts';
import { createBackend } from '../backend/index.ts';
import { dailyBackup } from '../backup/daily.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { createBackupActions, type BackupDialogs } from './backup-actions.ts';
import { createBookSwitch, type BookSwitch } from './book-switch.ts';
import { installContentSecurityPolicy } from './csp.ts';
import { refuseAllPermissions } from './permissions.ts';
import { createEngineHost, type EngineHost } from './engine-host.ts';
import { createGate } from './gate.ts';
import { keepHeapTight } from './heap.ts';
import { registerIpc } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { openRoute } from './open-route.ts';
import { createAppUrlCheck, rendererLocation } from './origin.ts';
import { backupsPath, ledgerPath, resolveMigrationsFolder, userDataPath } from './paths.ts';
import { createFileStager } from './staging.ts';
import { createSaveDialogChooser, type ShowSaveDialog } from './save-dialog.ts';
import { createFolderDialogChooser, type ShowFolderDialog } from './folder-dialog.ts';
import { createServerBookKeeper } from './server-book-keeper.ts';
import { createSession } from './session.ts';
import { createMainWindow, guardEveryContents } from './window.ts';

/** out/main once built; the preload and renderer bundles sit beside it. */
const mainDir = import.meta.dirname;

function start(): void {
  keepHeapTight();
  const dataDir = app.getPath('userData');
  const dbPath = ledgerPath(dataDir);
  const migrationsFolder = resolveMigrationsFolder({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    mainDir,
  });
  const location = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDir: path.join(mainDir, '../renderer'),
  });
  const isAppUrl = createAppUrlCheck(location);
  registerAppScheme(protocol);
  guardEveryContents(app, isAppUrl);
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    const window = createMainWindow({
      BrowserWindow,
      preloadPath: path.join(mainDir, '../preload/index.js'),
      isPackaged: app.isPackaged,
      location,
      isAppUrl,
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const showSaveDialog: ShowSaveDialog = (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options);
  const showFolderDialog: ShowFolderDialog = (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options);
  const dialogs: BackupDialogs = {
    showOpenDialog: (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    showMessageBox: (options) =>
      mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
    showErrorBox: (title, content) => {
      dialog.showErrorBox(title, content);
    },
  };

  const ready = async (): Promise<void> => {
    await backUpToday(dbPath, backupsPath(dataDir));
    const host = createEngineHost({ open: () => createBackend({ dbPath, migrationsFolder }) });
    closeOnQuit(host);
    const books = createBookSwitch({
      host,
      openLocal: () => createBackend({ dbPath, migrationsFolder }),
      openServer: (databaseUrl) => createBackend({ databaseUrl }),
      // The server book's connection string, sealed by the system's keychain (never plain text).
      keeper: createServerBookKeeper({ folder: dataDir, box: safeStorage }),
    });
    await openKeptServerBook(books);
    if (location.kind === 'appProtocol') serveAppProtocol(protocol, location.rendererDir);
    installContentSecurityPolicy(session.defaultSession);
    refuseAllPermissions(session.defaultSession);
    const signedIn = createSession();
    const chooseSavePath = createSaveDialogChooser({
      showSaveDialog,
      documentsDir: () => app.getPath('documents'),
    });
    const chooseExportFolder = createFolderDialogChooser({
      showOpenDialog: showFolderDialog,
      documentsDir: () => app.getPath('documents'),
    });
    const gate = createGate({
      engine: host,
      session: signedIn,
      chooseSavePath,
      chooseExportFolder,
      importFolder: path.join(dataDir, 'imports'),
      stageFile: createFileStager(path.join(app.getPath('temp'), 'balancebook-verify')),
      // The .eml opens in the mail program registered for it, as a message to send (X-Unsent).
      openDraft: (draft) => void shell.openPath(draft),
      books,
    });
    registerIpc({ ipcMain, gate, isTrustedSender: isAppUrl });
    const actions = createBackupActions({
      dialogs,
      host,
      session: signedIn,
      dataDir,
      dbPath,
      migrationsFolder,
      backupsDir: backupsPath(dataDir),
      openPath: (folder) => shell.openPath(folder),
      reloadWindow: () => mainWindow?.webContents.reload(),
      now: () => new Date(),
    });
    const template = buildMenuTemplate(
      {
        backUpNow: () => void actions.backUpNow(),
        restoreFromBackup: () => void actions.restoreFromBackup(),
        openDataFolder: () => void actions.openDataFolder(),
        exportBook: () => {
          if (mainWindow === null) return;
          mainWindow.show();
          openRoute(mainWindow.webContents, EXPORT_BOOK_ROUTE).catch((error: unknown) => {
            console.error('[balancebook] could not open the whole-book export', error);
          });
        },
        quit: () => {
          app.quit();
        },
      },
      { isPackaged: app.isPackaged, platform: process.platform },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    openWindow();
    app.on('activate', () => {
      if (mainWindow === null) openWindow();
    });
  };

  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      // Opening the ledger can fail (a file written by a newer version, a locked disk): say so.
      console.error('[balancebook] could not start', error);
      const detail = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Balancebook could not start', detail);
      app.exit(1);
    });
}

/**
 * The day's automatic backup; a failure is shown but does not keep the ledger closed, and so is
 * a book that no longer holds the newest backup's head of the audit chain.
 */
async function backUpToday(dbPath: string, backupsDir: string): Promise<void> {
  try {
    const { warning } = await dailyBackup({ dbPath, backupsDir, now: () => new Date() });
    if (warning !== null) await showBookWarning(warning);
  } catch (error) {
    console.error('[balancebook] the automatic backup failed', error);
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('The automatic backup failed', detail);
  }
}

async function showBookWarning(warning: string): Promise<void> {
  console.error('[balancebook] the ledger lacks history its newest backup holds:', warning);
  await dialog.showMessageBox({
    type: 'warning',
    title: 'History is missing from the ledger',
    message: 'The ledger no longer holds history that its newest backup recorded.',
    detail: warning,
    buttons: ['OK'],
  });
}

/** Quitting waits for the scheduled pass and any call under way, then closes the ledger. */
function closeOnQuit(host: EngineHost): void {
  let closed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void host.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

// The same folder packaged or not (Electron would otherwise use package.json's lowercase name
// when unpackaged), set before the single-instance lock, which lives in it.
app.setPath('userData', userDataPath(app.getPath('appData')));
if (app.requestSingleInstanceLock()) start();
else app.quit();

/** The server book kept from the last run, if any; when it will not open, the local file stays. */
async function openKeptServerBook(books: BookSwitch): Promise<void> {
  const opened = await books.openKept();
  // The engine's refusal names no password; it says why (unreachable, login refused, ...).
  if (opened && !opened.ok) {
    console.error(`[balancebook] the server book did not open: ${opened.error.message}`);
  }
}
