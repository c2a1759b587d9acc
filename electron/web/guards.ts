/**
 * The web bridge's checks on who is calling, before anything else happens. The `Host` header must
 * name the bridge itself (`127.0.0.1:<port>` or `localhost:<port>`), which defeats DNS rebinding;
 * an `Origin` header, when a browser sends one, must be the bridge's own origin; and the API
 * token is compared in constant time (both sides hashed first, so their lengths leak nothing).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-balancebook-token';
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'] as const;

export function isOwnHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const wanted = host.toLowerCase();
  return LOOPBACK_HOSTS.some((name) => wanted === `${name}:${port}`);
}

/** No `Origin` (not sent by a browser for same-origin GETs, nor by other clients) is fine. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_HOSTS.some((name) => origin === `http://${name}:${port}`);
}

export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), digest(expected));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
