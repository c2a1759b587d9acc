/**
 * Serves the built renderer (out/renderer) to the browser: GET and HEAD only, `/` is index.html,
 * each file with its content type and the bridge's security headers. Invariants: a path is
 * decoded once and resolved against the folder, and anything that does not stay inside it (`..`
 * in any spelling, a NUL byte, a malformed escape) is refused before the disk is touched; only
 * regular files are served, never a listing. No token is needed: the page must load before it can
 * read its token from the URL fragment, and it holds nothing secret.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS, sendError } from './respond.ts';

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

export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  rootDir: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(
      response,
      405,
      { code: 'VALIDATION', message: 'Only GET and HEAD' },
      {
        Allow: 'GET, HEAD',
      },
    );
    return;
  }
  const requestPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const file = resolveInside({ rootDir, requestPath });
  if (file === null) {
    sendError(response, 403, { code: 'FORBIDDEN', message: 'Outside the application' });
    return;
  }
  const body = await readRegularFile(file);
  if (body === null) {
    sendError(response, 404, { code: 'NOT_FOUND', message: 'No such file' });
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(body.byteLength),
    'Cache-Control': path.basename(file) === 'index.html' ? 'no-cache' : 'max-age=3600',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
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
