/**
 * Where the renderer lives and which URLs count as the application itself. A packaged build
 * loads only its own index.html from the app's own origin, `app://balancebook/` (app-protocol.ts,
 * serving the built renderer folder), never file://; the Vite dev server is trusted only when
 * unpackaged, so an environment variable cannot point a shipped app at another site. The same
 * predicate guards IPC senders and navigation.
 */
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-protocol.ts';

export type RendererLocation =
  { kind: 'devServer'; url: string } | { kind: 'appProtocol'; rendererDir: string };

export type LocationOptions = {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  /** The built renderer's folder (out/renderer), served over `app://`. */
  rendererDir: string;
};

export function rendererLocation(options: LocationOptions): RendererLocation {
  if (!options.isPackaged && options.devServerUrl) {
    return { kind: 'devServer', url: options.devServerUrl };
  }
  return { kind: 'appProtocol', rendererDir: options.rendererDir };
}

/** The URL the window loads. */
export function rendererUrl(location: RendererLocation): string {
  return location.kind === 'devServer' ? location.url : APP_INDEX_URL;
}

/**
 * True for the application's own document: any page of the dev server's origin, or exactly
 * `app://balancebook/index.html` (its query and fragment may differ, for routing). Anything
 * unparsable is false.
 */
export function createAppUrlCheck(location: RendererLocation): (url: string) => boolean {
  const own = new URL(rendererUrl(location));
  return (url) => {
    const candidate = parseUrl(url);
    if (candidate === null) return false;
    if (location.kind === 'devServer') return candidate.origin === own.origin;
    return (
      candidate.protocol === `${APP_SCHEME}:` &&
      candidate.host.toLowerCase() === APP_HOST &&
      candidate.pathname === own.pathname
    );
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
