/**
 * Serves the built renderer (out/renderer) to the browser: GET and HEAD only, `/` is index.html,
 * each file with its content type and the bridge's security headers. Invariants: a path is
 * decoded once and resolved against the folder, and anything that does not stay inside it (`..`
 * in any spelling, a NUL byte, a malformed escape) is refused before the disk is touched; only
 * regular files are served, never a listing (both kept in ../main/renderer-files.ts, which the
 * desktop app's `app://` protocol uses too). No token is needed: the page must load before it can
 * read its token from the URL fragment, and it holds nothing secret.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeOf, readRegularFile, resolveInside } from '../main/renderer-files.ts';
import { SECURITY_HEADERS, sendError } from './respond.ts';

export {
  CONTENT_TYPES,
  contentTypeOf,
  readRegularFile,
  resolveInside,
  type StaticRequest,
} from '../main/renderer-files.ts';

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
