/**
 * Installs `window.api` when the renderer runs in a plain browser against the web bridge instead of
 * Electron's preload. The session token arrives in the URL fragment (`#token=...`); it is kept in
 * sessionStorage only, removed from the address bar at once, and sent with every call. After a
 * restart of Balancebook the old token is refused: the bridge store says so, and a new address
 * (pasted into the app, or into the address bar, which changes only the fragment and so does not
 * reload) gives the tab the new token without a reload.
 */
import { zipSync } from 'fflate';
import type { BalancebookApi } from '../../../electron/preload/api.d.ts';
import type { Result } from '../../../shared/errors.ts';
import { useBridgeStore } from './bridge-store.ts';

const TOKEN_KEY = 'balancebook.token';
const TOKEN_FRAGMENT = /#token=([^&\s]+)/;
const BARE_TOKEN = /^[A-Za-z0-9_-]{16,200}$/;
const TOKEN_REFUSED = 401;

const UNREADABLE: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'The web bridge refused this request' },
};

const UNREACHABLE: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Balancebook is not answering at this address' },
};

let token: string | null = null;
let isInstalled = false;

/** True when this renderer runs in a plain browser against the web bridge. */
export function isBrowserMode(): boolean {
  return isInstalled;
}

function keepToken(value: string): void {
  token = value;
  sessionStorage.setItem(TOKEN_KEY, value);
}

/** Takes a token out of the address bar's fragment (then clears it); true when there was one. */
function takeTokenFromFragment(): boolean {
  const match = TOKEN_FRAGMENT.exec(window.location.hash);
  if (match?.[1] === undefined) return false;
  keepToken(decodeURIComponent(match[1]));
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname}${search}`);
  return true;
}

export type NewAddressOutcome = 'token' | 'elsewhere' | 'invalid';

/**
 * What a pasted address (or bare token) does: a token for this address is kept at once
 * (`token`); an address on another port is opened instead of this page (`elsewhere`).
 */
export function adoptAddress(text: string): NewAddressOutcome {
  const pasted = text.trim();
  if (BARE_TOKEN.test(pasted)) {
    keepToken(pasted);
    return 'token';
  }
  const match = TOKEN_FRAGMENT.exec(pasted);
  if (match?.[1] === undefined) return 'invalid';
  let address: URL;
  try {
    address = new URL(pasted);
  } catch {
    return 'invalid';
  }
  if (address.origin !== window.location.origin) {
    window.location.assign(address.href);
    return 'elsewhere';
  }
  keepToken(decodeURIComponent(match[1]));
  return 'token';
}

async function post(channel: string, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    // The import upload has a route of its own whose body may reach the import cap (50 MB);
    // every other call keeps the bridge's 1 MiB limit (electron/web/api.ts).
    const route = channel === 'app.receiveImportFile' ? '/api/import-upload' : '/api/invoke';
    response = await fetch(route, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token === null ? {} : { 'X-Balancebook-Token': token }),
      },
      body: JSON.stringify({ channel, input }),
    });
  } catch {
    useBridgeStore.getState().setProblem('unreachable');
    return UNREACHABLE;
  }
  if (response.status === TOKEN_REFUSED) {
    useBridgeStore.getState().setProblem(token === null ? 'noToken' : 'restarted');
  }
  try {
    // Refusals (401, 403) carry a Result too; only an unreadable body becomes FORBIDDEN.
    return (await response.json()) as unknown;
  } catch {
    return UNREADABLE;
  }
}

/** A file from the exports folder, fetched with the token in its header; null when refused. */
async function fetchExport(filePath: string): Promise<Blob | null> {
  try {
    const response = await fetch(`/api/download?path=${encodeURIComponent(filePath)}`, {
      headers: token === null ? {} : { 'X-Balancebook-Token': token },
    });
    return response.ok ? await response.blob() : null;
  } catch {
    return null;
  }
}

/** Saves `blob` under `name` through a temporary link, as the browser's own download. */
function saveAs(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the object URL is no longer needed.
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 0);
}

const baseName = (filePath: string) => filePath.split(/[\\/]/).pop() ?? 'export';

/** Hands a file from the exports folder to the browser as a download; false when refused. */
export async function downloadExport(filePath: string): Promise<boolean> {
  const blob = await fetchExport(filePath);
  if (blob === null) return false;
  saveAs(blob, baseName(filePath));
  return true;
}

/**
 * Hands several files of the exports folder to the browser as one zip named `zipName`: browsers
 * drop some of many downloads started at once, so a folder travels as one file. False when the
 * bridge refused any of them (then nothing is downloaded).
 */
export async function downloadExportsAsZip(
  zipName: string,
  filePaths: readonly string[],
): Promise<boolean> {
  const entries: Record<string, Uint8Array> = {};
  for (const filePath of filePaths) {
    const blob = await fetchExport(filePath);
    if (blob === null) return false;
    entries[baseName(filePath)] = new Uint8Array(await blob.arrayBuffer());
  }
  const zipped = zipSync(entries);
  saveAs(new Blob([zipped], { type: 'application/zip' }), zipName);
  return true;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

export function installWebBridge(): void {
  const host = window as { api?: BalancebookApi };
  if (host.api !== undefined) return;
  isInstalled = true;
  token = takeTokenFromFragment() ? token : sessionStorage.getItem(TOKEN_KEY);
  window.addEventListener('hashchange', () => {
    // A new address pasted into the address bar of this tab: same page, new token.
    if (takeTokenFromFragment()) useBridgeStore.getState().setProblem(null);
  });
  const api = {
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      const body = await post(channel, input);
      return isResult(body) ? body : UNREADABLE;
    },
  };
  host.api = api as BalancebookApi;
}
