/**
 * Where the renderer lives and which URLs count as the application itself. A packaged build
 * loads only its own index.html over file://; the Vite dev server is trusted only when
 * unpackaged, so an environment variable cannot point a shipped app at another site. The same
 * predicate guards IPC senders and navigation.
 */
import { pathToFileURL } from 'node:url';

export type RendererLocation =
  { kind: 'devServer'; url: string } | { kind: 'file'; indexHtmlPath: string };

export type LocationOptions = {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  indexHtmlPath: string;
};

export function rendererLocation(options: LocationOptions): RendererLocation {
  if (!options.isPackaged && options.devServerUrl) {
    return { kind: 'devServer', url: options.devServerUrl };
  }
  return { kind: 'file', indexHtmlPath: options.indexHtmlPath };
}

/** The URL the window loads. */
export function rendererUrl(location: RendererLocation): string {
  return location.kind === 'devServer' ? location.url : pathToFileURL(location.indexHtmlPath).href;
}

/**
 * True for the application's own document: any page of the dev server's origin, or exactly the
 * index.html file (its query and fragment may differ, for routing). Anything unparsable is false.
 */
export function createAppUrlCheck(location: RendererLocation): (url: string) => boolean {
  const own = new URL(rendererUrl(location));
  return (url) => {
    const candidate = parseUrl(url);
    if (candidate === null) return false;
    if (location.kind === 'devServer') return candidate.origin === own.origin;
    return (
      candidate.protocol === 'file:' &&
      candidate.host === own.host &&
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
