/**
 * The Content-Security-Policy of every response the window receives: the `app://` handler sends
 * it with each file (app-protocol.ts) and main adds it to other responses (the dev server's);
 * renderer/index.html carries the same policy in a meta tag, so it holds wherever the page is
 * served. `'self'` is the app's own origin, `app://balancebook`. Scripts come only from the app
 * itself; styles may be inline because Mantine writes its CSS variables so.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type ResponseHeaders = Record<string, string | string[]>;

/** The headers with any policy the server sent replaced by ours (header names are any case). */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

type HeadersDetails = { responseHeaders?: ResponseHeaders };
type HeadersCallback = (response: { responseHeaders: ResponseHeaders }) => void;

/** The part of Electron's `Session` this module uses. */
export type HeaderSession = {
  webRequest: {
    onHeadersReceived(listener: (details: HeadersDetails, callback: HeadersCallback) => void): void;
  };
};

export function installContentSecurityPolicy(session: HeaderSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
