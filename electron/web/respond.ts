/**
 * How the web bridge answers: every response carries the same strict Content-Security-Policy as
 * the desktop window (electron/main/csp.ts), `nosniff`, no referrer and same-origin resource and
 * opener policies; API answers are JSON `Result`s that are never cached.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import { CONTENT_SECURITY_POLICY } from '../main/csp.ts';

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
