/**
 * `POST /api/invoke`: the web bridge's one endpoint, `{ channel, input }` in, a `Result` out
 * (status 200), carrying the token in `X-Balancebook-Token`; `POST /api/import-upload` is the same
 * for the import upload alone, with a body up to the import cap (IMPORT_UPLOAD_PATH). Refusals, in this order, none of
 * them reaching the engine: another method → 405; an `Origin` that is not the bridge → 403; a
 * missing or wrong token → 401; another path → 404 (these four before the body is read); a body
 * over BODY_MAX_BYTES → 413 (read and dropped, never kept); a body that is not JSON of that shape
 * → 400 with a VALIDATION result. The `Host` check comes earlier, in server.ts, for every path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_UPLOAD_BASE64_MAX } from '../../shared/contract/app-channels.ts';
import type { Result } from '../../shared/errors.ts';
import { admitCaller, sendError, sendResult } from './respond.ts';

export const API_PATH = '/api/invoke';
export const BODY_MAX_BYTES = 1024 * 1024;
/**
 * The import upload's own route: the same call, for `app.receiveImportFile` only, with a body
 * large enough for a file at the import cap in base64 (and its JSON around it), so the browser
 * takes the files the desktop takes. Every other channel keeps the 1 MiB limit.
 */
export const IMPORT_UPLOAD_PATH = '/api/import-upload';
export const IMPORT_UPLOAD_CHANNEL = 'app.receiveImportFile';
export const IMPORT_BODY_MAX_BYTES = IMPORT_UPLOAD_BASE64_MAX + 64 * 1024;

export type ApiOptions = {
  port: number;
  token: string;
  invoke: (channel: string, input: unknown) => Promise<Result<unknown>>;
};

type Body = { kind: 'ok'; text: string } | { kind: 'tooLarge' };

export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiOptions,
): Promise<void> {
  if (!admitCaller(request, response, { method: 'POST', port: options.port, token: options.token }))
    return;
  const path = (request.url ?? '').split('?', 1)[0];
  if (path !== API_PATH && path !== IMPORT_UPLOAD_PATH) {
    sendError(response, 404, { code: 'NOT_FOUND', message: 'No such endpoint' });
    return;
  }
  const isUpload = path === IMPORT_UPLOAD_PATH;
  const limit = isUpload ? IMPORT_BODY_MAX_BYTES : BODY_MAX_BYTES;
  const body = await readBody(request, limit);
  if (body.kind === 'tooLarge') {
    const message = `The request is larger than ${limit} bytes`;
    sendError(response, 413, { code: 'VALIDATION', message, field: 'body' });
    return;
  }
  const call = parseCall(body.text);
  if (call.ok && isUpload && call.data.channel !== IMPORT_UPLOAD_CHANNEL) {
    sendResult(response, 400, invalid(`Only ${IMPORT_UPLOAD_CHANNEL} is sent here`, 'channel'));
    return;
  }
  if (!call.ok) {
    sendResult(response, 400, call);
    return;
  }
  sendResult(response, 200, await options.invoke(call.data.channel, call.data.input));
}

/**
 * The body as text, or tooLarge once it passes `limit`. Past the limit the rest is read and
 * dropped rather than the connection cut, so the caller reliably receives the 413.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(
        size > limit
          ? { kind: 'tooLarge' }
          : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') },
      );
    });
    request.on('error', reject);
  });
}

type Call = { channel: string; input: unknown };

function parseCall(text: string): Result<Call> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid('The body is not JSON', 'body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalid('The body must be an object { channel, input }', 'body');
  }
  const { channel, input } = parsed as { channel?: unknown; input?: unknown };
  if (typeof channel !== 'string') return invalid('channel must be a string', 'channel');
  return { ok: true, data: { channel, input } };
}

function invalid(message: string, field: string): Result<never> {
  return { ok: false, error: { code: 'VALIDATION', message, field } };
}
