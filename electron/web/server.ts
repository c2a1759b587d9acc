/**
 * The web bridge: the built renderer and the same engine, served over HTTP on 127.0.0.1 only, for
 * using Balancebook from a browser on this computer. It keeps its own session exactly like the
 * desktop app (the same gate: sign-in required, the actor from the session, `app.*` answered
 * here), runs the scheduled pass like main does, makes the day's backup and offers backup and
 * restore in place of the desktop's File menu (backups.ts), reopens its engine on a server book
 * when asked from the start screen (main/book-switch.ts), and checks every request's `Host` before
 * anything else (DNS rebinding). The API token is made per run unless one is given (tests).
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createBackend, type Backend } from '../backend/index.ts';
import { createBookSwitch } from '../main/book-switch.ts';
import { createEngineHost } from '../main/engine-host.ts';
import { createGate } from '../main/gate.ts';
import type { IntervalTimer } from '../main/scheduler.ts';
import { backupsPath } from '../main/paths.ts';
import { createFileStager } from '../main/staging.ts';
import { createSession } from '../main/session.ts';
import { handleApi } from './api.ts';
import { createWebBackups } from './backups.ts';
import { handleDownload, isDownloadRequest } from './downloads.ts';
import {
  EXPORTS_FOLDER_NAME,
  OUTSIDE_EXPORTS,
  createExportsChooser,
  createExportsFolderChooser,
  relativeToExports,
  staysInExports,
} from './exports.ts';
import { isOwnHost } from './guards.ts';
import { sendError } from './respond.ts';
import { serveStatic } from './static.ts';

export const LISTEN_ADDRESS = '127.0.0.1';
export const TOKEN_BYTES = 24;

export type WebBridgeOptions = {
  dbPath: string;
  rendererDir: string;
  /** 0 (the default) takes any free port. */
  port?: number;
  token?: string;
  now?: () => Date;
  timeZone?: string;
  migrationsFolder?: string;
  /** Where `app.chooseSavePath` puts exports; `<folder of dbPath>/exports` by default. */
  exportsDir?: string;
  /** Where backups go; `<folder of dbPath>/backups` by default, as on the desktop. */
  backupsDir?: string;
  timer?: IntervalTimer;
  onPassError?: (error: unknown) => void;
};

export type WebBridge = {
  /** The address to open, with the token in its fragment: `http://127.0.0.1:<port>/#token=…`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? newToken();
  const dataDir = path.dirname(path.resolve(options.dbPath));
  const exportsDir = options.exportsDir ?? path.join(dataDir, EXPORTS_FOLDER_NAME);
  const host = createEngineHost({
    open: () => openBackend(options),
    timer: options.timer,
    onPassError: options.onPassError,
  });
  const session = createSession();
  // A server book opened from the start screen serves every browser of this run; the connection
  // string is kept in this process's memory only (no keychain here), so a restart asks again.
  const books = createBookSwitch({
    host,
    openLocal: () => openBackend(options),
    openServer: (databaseUrl) =>
      createBackend({ databaseUrl, now: options.now, timeZone: options.timeZone }),
  });
  const backups = createWebBackups({
    ...options,
    backupsDir: options.backupsDir ?? backupsPath(dataDir),
    host,
    session,
    now: options.now ?? (() => new Date()),
  });
  const gate = createGate({
    engine: {
      invokeUnknown: (channel, input, ctx) =>
        staysInExports(input, exportsDir)
          ? host
              .invokeUnknown(channel, input, ctx)
              .then((result) => relativeToExports(result, exportsDir))
          : Promise.resolve(OUTSIDE_EXPORTS),
    },
    session,
    chooseSavePath: createExportsChooser(exportsDir),
    chooseExportFolder: createExportsFolderChooser(exportsDir),
    // Inside the exports folder, the only place the bridge lets the engine touch.
    stageFile: createFileStager(path.join(exportsDir, 'to-verify')),
    backups,
    books,
    // Inside the exports folder, so the bridge's rule (engine paths stay there) holds for imports.
    importFolder: path.join(exportsDir, 'imports'),
  });
  let port = 0;
  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('[balancebook] the web bridge failed on a request', error);
      if (!response.headersSent)
        sendError(response, 500, { code: 'INTERNAL', message: 'Something went wrong' });
      else response.destroy();
    });
  });
  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isOwnHost(request.headers.host, port)) {
      sendError(response, 403, { code: 'FORBIDDEN', message: 'Unknown host' });
      return;
    }
    const url = request.url ?? '/';
    if (isDownloadRequest(url)) {
      await handleDownload(request, response, { port, token, exportsDir });
      return;
    }
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) {
      await handleApi(request, response, { port, token, invoke: gate.invoke });
      return;
    }
    await serveStatic(request, response, options.rendererDir);
  };
  try {
    port = await listen(server, options.port ?? 0);
    // The start-up backup (the very first one, on a new ledger) is done before the address shows.
    await backups.idle();
  } catch (error) {
    await backups.stop();
    await host.close();
    throw error;
  }
  const origin = `http://${LISTEN_ADDRESS}:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
      await backups.stop();
      await host.close();
    },
  };
}

function openBackend(options: WebBridgeOptions): Backend {
  return createBackend({
    dbPath: options.dbPath,
    now: options.now,
    timeZone: options.timeZone,
    migrationsFolder: options.migrationsFolder,
  });
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LISTEN_ADDRESS, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
