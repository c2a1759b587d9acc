/**
 * How the web bridge answers: every response carries the same strict Content-Security-Policy as
 * the desktop window (electron/main/csp.ts), `nosniff`, no referrer and same-origin resource and
 * opener policies; API answers are JSON `Result`s that are never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import { CONTENT_SECURITY_POLICY } from '../main/csp.ts';
import { TOKEN_HEADER, isOwnOrigin, tokenMatches } from './guards.ts';

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

export type ExtraHeaders = Record<string, string>;

export function sendResult(
  response: ServerResponse,
  status: number,
  result: Result<unknown>,
  extra: ExtraHeaders = {},
): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

/** A refusal: the status and a `Result` holding the error. */
export function sendError(
  response: ServerResponse,
  status: number,
  error: ErrorBody,
  extra: ExtraHeaders = {},
): void {
  sendResult(response, status, { ok: false, error }, extra);
}

export type CallerCheck = { method: 'GET' | 'POST'; port: number; token: string };

/**
 * Refuses, in this order, another method (405), an `Origin` that is not the bridge (403) and a
 * missing or wrong token (401); true when the request may go on, false once refused.
 */
export function admitCaller(
  request: IncomingMessage,
  response: ServerResponse,
  check: CallerCheck,
): boolean {
  if (request.method !== check.method) {
    const message = `Use ${check.method}`;
    sendError(response, 405, { code: 'VALIDATION', message }, { Allow: check.method });
    return false;
  }
  if (!isOwnOrigin(request.headers.origin, check.port)) {
    sendError(response, 403, { code: 'FORBIDDEN', message: 'Another site may not call this' });
    return false;
  }
  if (!tokenMatches(request.headers[TOKEN_HEADER], check.token)) {
    sendError(response, 401, { code: 'FORBIDDEN', message: 'Missing or wrong token' });
    return false;
  }
  return true;
}
