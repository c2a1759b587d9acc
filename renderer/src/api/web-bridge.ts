/**
 * Installs `window.api` when the renderer runs in a plain browser against the web bridge instead of
 * Electron's preload. The session token arrives once in the URL fragment (`#token=...`); it is kept
 * in sessionStorage only, removed from the address bar at once, and sent with every call.
 */
import type { BalancebookApi } from '../../../electron/preload/api.d.ts';
import type { Result } from '../../../shared/errors.ts';

const TOKEN_KEY = 'balancebook.token';
const TOKEN_FRAGMENT = /^#token=([^&]+)/;

const UNREADABLE: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'The web bridge refused this request' },
};

/** Takes the token out of the fragment (once) and returns the one this tab keeps. */
function takeToken(): string | null {
  const match = TOKEN_FRAGMENT.exec(window.location.hash);
  if (match?.[1] !== undefined) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function post(channel: string, input: unknown, token: string | null): Promise<unknown> {
  const response = await fetch('/api/invoke', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { 'X-Balancebook-Token': token }),
    },
    body: JSON.stringify({ channel, input }),
  });
  try {
    // Refusals (401, 403) carry a Result too; only an unreadable body becomes FORBIDDEN.
    return (await response.json()) as unknown;
  } catch {
    return UNREADABLE;
  }
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

export function installWebBridge(): void {
  const host = window as { api?: BalancebookApi };
  if (host.api !== undefined) return;
  const token = takeToken();
  const api = {
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      const body = await post(channel, input, token);
      return isResult(body) ? body : UNREADABLE;
    },
  };
  host.api = api as BalancebookApi;
}
