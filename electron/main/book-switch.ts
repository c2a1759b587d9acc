/**
 * Which book the shell serves (issue #19): the local file, or a server book named by its
 * connection string. Opening a server book first proves it opens (the engine's typed refusals:
 * unreachable, login refused, another application's database, a newer book), and only then puts
 * the open book away and serves the new one, so a refused book leaves the running one as it was.
 * A keeper (server-book-keeper.ts, the desktop's) remembers the server book for the next start;
 * the browser mode keeps it for this run only. Plain Node: no `electron` import.
 */
import { checkConnectionString, serverAddress } from '../../shared/server-book-url.ts';
import type { BookLocation } from '../../shared/contract/app-channels.ts';
import type { Result } from '../../shared/errors.ts';
import type { Backend } from '../backend/index.ts';
import type { EngineHost } from './engine-host.ts';
import type { ServerBookKeeper } from './server-book-keeper.ts';

export type BookSwitchOptions = {
  host: Pick<EngineHost, 'switchTo'>;
  openLocal: () => Backend;
  openServer: (databaseUrl: string) => Backend;
  keeper?: ServerBookKeeper;
};

export type BookSwitch = {
  current(): BookLocation;
  openServer(databaseUrl: string): Promise<Result<{ book: BookLocation }>>;
  openLocal(): Promise<Result<{ book: BookLocation }>>;
  /** At start: the kept server book when there is one and it opens; else the local file stays. */
  openKept(): Promise<Result<{ book: BookLocation }> | null>;
};

/** Any call proves the book opened: its start-up (connect, migrate, bootstrap) comes first. */
async function proveOpens(backend: Backend): Promise<Result<unknown>> {
  return backend.invokeUnknown('users.list', {});
}

export function createBookSwitch(options: BookSwitchOptions): BookSwitch {
  let location: BookLocation = { kind: 'local' };

  async function openServer(databaseUrl: string, remember: boolean) {
    const checked = checkConnectionString(databaseUrl, {
      tls: !/sslmode=disable/.test(databaseUrl),
    });
    if (!checked.ok) return invalidUrl(checked.message);
    const backend = options.openServer(databaseUrl);
    const opened = await proveOpens(backend);
    if (!opened.ok) {
      backend.close();
      return opened;
    }
    // The first start serves the proven backend; a later one (after a restore) opens again.
    let proven: Backend | null = backend;
    await options.host.switchTo(() => {
      const next = proven ?? options.openServer(databaseUrl);
      proven = null;
      return next;
    });
    const kept = remember && options.keeper !== undefined && options.keeper.save(databaseUrl);
    location = { kind: 'server', address: serverAddress(databaseUrl), kept };
    return ok({ book: location });
  }

  return {
    current: () => location,
    openServer: (databaseUrl) => openServer(databaseUrl, true),
    openLocal: async () => {
      await options.host.switchTo(options.openLocal);
      options.keeper?.forget();
      location = { kind: 'local' };
      return ok({ book: location });
    },
    openKept: async () => {
      const kept = options.keeper?.load() ?? null;
      if (kept === null) return null;
      return openServer(kept, true);
    },
  };
}

function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

function invalidUrl(message: string): Result<never> {
  return {
    ok: false,
    error: {
      code: 'VALIDATION',
      message: `The connection string ${message}`,
      field: 'databaseUrl',
    },
  };
}
