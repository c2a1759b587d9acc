/**
 * Finding and reading the built renderer's files, for both ways it is served: the desktop app's
 * `app://` protocol (app-protocol.ts) and the web bridge (electron/web/static.ts). Invariants: a
 * request path is decoded once and resolved against the folder, and anything that does not stay
 * inside it (`..` in any spelling, a NUL byte, a malformed escape) is refused before the disk is
 * touched; only regular files are read, never a listing. Plain Node, no `electron` import.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
};

const FALLBACK_TYPE = 'application/octet-stream';

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? FALLBACK_TYPE;
}

export type StaticRequest = { rootDir: string; requestPath: string };

/** The file a request path names inside `rootDir`, or null when it would leave the folder. */
export function resolveInside({ rootDir, requestPath }: StaticRequest): string | null {
  const root = path.resolve(rootDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** The file's bytes, or null when it is missing or not a regular file. */
export async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? await fs.promises.readFile(file) : null;
  } catch {
    return null;
  }
}
