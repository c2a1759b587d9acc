/**
 * `GET /api/download?path=<file>`: hands a file from the exports folder to the browser as a
 * download, so an export made in the browser reaches the person's Downloads too (it also stays
 * in `<dataDir>/exports/`). Refusals, in this order, none of them reading the disk: another method
 * → 405; an `Origin` that is not the bridge → 403; a missing or wrong token → 401; no path, or a
 * path outside the exports folder → 403; then a path that is not a regular file → 404. The token
 * travels in the header as for every API call, never in the address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { staysInExports } from './exports.ts';
import { SECURITY_HEADERS, admitCaller, sendError } from './respond.ts';
import { contentTypeOf, readRegularFile } from './static.ts';

export const DOWNLOAD_PATH = '/api/download';

export type DownloadOptions = { port: number; token: string; exportsDir: string };

export function isDownloadRequest(url: string): boolean {
  return url.split('?', 1)[0] === DOWNLOAD_PATH;
}

export async function handleDownload(
  request: IncomingMessage,
  response: ServerResponse,
  options: DownloadOptions,
): Promise<void> {
  if (!admitCaller(request, response, { method: 'GET', port: options.port, token: options.token }))
    return;
  const file = new URL(request.url ?? '/', 'http://bridge').searchParams.get('path');
  if (file === null || file === '' || !staysInExports({ path: file }, options.exportsDir)) {
    const message = 'Only files in the exports folder can be downloaded';
    sendError(response, 403, { code: 'FORBIDDEN', message, field: 'path' });
    return;
  }
  const body = await readRegularFile(file);
  if (body === null) {
    sendError(response, 404, { code: 'NOT_FOUND', message: 'No such export', field: 'path' });
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(body.byteLength),
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
