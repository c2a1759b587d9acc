/**
 * The desktop app's own origin, `app://balancebook/`, from which the window loads the built
 * renderer instead of file://. The scheme is registered as privileged (standard and secure, so
 * the page has an origin, `'self'` in the CSP means it, and it is a secure context) before the
 * app is ready; its handler then serves only files inside the renderer folder (the same checks as
 * the web bridge, renderer-files.ts: `..` in any spelling is refused), GET and HEAD only, each
 * with the app's Content-Security-Policy, and nothing for another host. Electron's `protocol`
 * comes in as a parameter.
 */
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { contentTypeOf, readRegularFile, resolveInside } from './renderer-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'balancebook';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** The parts of Electron's `protocol` used here. */
export type SchemeRegistrar = {
  registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
};
export type ProtocolHandlers = {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export function serveAppProtocol(protocol: ProtocolHandlers, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(request, rendererDir));
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/** One request to `app://`: the file it names in `rendererDir`, or a refusal. */
export async function respondFromRenderer(
  request: Pick<Request, 'url' | 'method'>,
  rendererDir: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const url = parseUrl(request.url);
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) {
    return refusal(404);
  }
  const file = resolveInside({ rootDir: rendererDir, requestPath: url.pathname });
  if (file === null) return refusal(403);
  const body = await readRegularFile(file);
  if (body === null) return refusal(404);
  const headers = { ...HEADERS, 'Content-Type': contentTypeOf(file) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers });
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: HEADERS });
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
