/**
 * Proves the desktop app's `app://balancebook/` origin: the scheme is registered privileged
 * (standard, secure), its handler serves the built renderer's files with their type and the
 * app's CSP, and refuses every escape from the renderer folder (`..` in any spelling, NUL,
 * malformed escapes), folders, other hosts and other methods, so nothing outside is ever served.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  registerAppScheme,
  respondFromRenderer,
  serveAppProtocol,
} from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { tempDbPath } from '../support/temp-file.ts';

const INDEX = '<!doctype html><title>Balancebook</title>';
const SCRIPT = 'console.info(1);';
const SECRET = 'the-secret-beside-the-renderer';

function givenRenderer(): string {
  const root = path.dirname(tempDbPath());
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), SCRIPT);
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  return rendererDir;
}

const get = (url: string, method = 'GET') => ({ url, method });

describe('the app:// scheme', () => {
  it('is registered as standard and secure before the handler serves it', () => {
    const registered: { scheme: string; privileges: Record<string, boolean> }[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered.map((each) => each.scheme)).toEqual(['app']);
    expect(registered[0]?.privileges).toMatchObject({ standard: true, secure: true });
    const handled: string[] = [];
    serveAppProtocol({ handle: (scheme) => handled.push(scheme) }, givenRenderer());
    expect(handled).toEqual(['app']);
  });

  it("serves the renderer's files with their type and the app's CSP", async () => {
    const rendererDir = givenRenderer();
    for (const url of [APP_INDEX_URL, 'app://balancebook/', `${APP_INDEX_URL}?x=1#/customers`]) {
      const response = await respondFromRenderer(get(url), rendererDir);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    const script = await respondFromRenderer(get('app://balancebook/assets/app.js'), rendererDir);
    expect(await script.text()).toBe(SCRIPT);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const head = await respondFromRenderer(get(APP_INDEX_URL, 'HEAD'), rendererDir);
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it.each([
    ['..%2fsecret.txt', 403],
    ['%2e%2e%2fsecret.txt', 403],
    ['assets/..%2f..%2fsecret.txt', 403],
    ['..%5csecret.txt', process.platform === 'win32' ? 403 : 404],
    ['index.html%00.js', 403],
    ['%E0%A4%A', 403],
    ['../secret.txt', 404],
    ['%2e%2e/secret.txt', 404],
    ['assets', 404],
    ['missing.js', 404],
  ])('never serves anything outside the renderer folder: /%s', async (request, status) => {
    const response = await respondFromRenderer(
      get(`app://balancebook/${request}`),
      givenRenderer(),
    );
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('answers nothing for another host, scheme or method', async () => {
    const rendererDir = givenRenderer();
    const refusals = [
      [get('app://evil/index.html'), 404],
      [get('file:///index.html'), 404],
      [get('not a url'), 404],
      [get(APP_INDEX_URL, 'POST'), 405],
    ] as const;
    for (const [request, status] of refusals) {
      const response = await respondFromRenderer(request, rendererDir);
      expect(response.status, request.url).toBe(status);
      expect(await response.text()).toBe('');
    }
  });
});
