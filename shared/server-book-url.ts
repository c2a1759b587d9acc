/**
 * The connection string of a server book (issue #19), checked as the person types it and again by
 * the shell: `postgres://` or `postgresql://`, a host, a database name, and TLS on unless turned
 * off (`sslmode=require` added when the string names no mode; turning TLS off sets
 * `sslmode=disable`). The address shown to people never carries the password.
 */

export type ConnectionCheck =
  { ok: true; url: string; address: string } | { ok: false; message: string };

const SCHEMES = new Set(['postgres:', 'postgresql:']);
/** Modes that keep TLS on; `require` is the default, the `verify-*` modes check the certificate. */
const TLS_MODES = new Set(['require', 'verify-ca', 'verify-full']);

export function checkConnectionString(text: string, options: { tls: boolean }): ConnectionCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'is required' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'must look like postgres://user@host/database' };
  }
  if (!SCHEMES.has(url.protocol)) return { ok: false, message: 'must start with postgres://' };
  if (url.hostname === '') return { ok: false, message: 'must name the server (a host)' };
  if (url.pathname.length <= 1) return { ok: false, message: 'must name the database' };
  const mode = url.searchParams.get('sslmode');
  if (options.tls) {
    if (mode !== null && !TLS_MODES.has(mode)) {
      return { ok: false, message: `asks for sslmode=${mode}; turn TLS off or remove it` };
    }
    if (mode === null) url.searchParams.set('sslmode', 'require');
  } else {
    url.searchParams.set('sslmode', 'disable');
  }
  return { ok: true, url: url.toString(), address: serverAddress(url.toString()) };
}

/** `user@host:port/database`, never the password nor the options. */
export function serverAddress(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username === '' ? '' : `${decodeURIComponent(url.username)}@`;
    return `${user}${url.host}${decodeURIComponent(url.pathname)}`;
  } catch {
    return 'a PostgreSQL server';
  }
}
