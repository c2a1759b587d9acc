/**
 * Proves what main trusts as the app's own document (IPC senders, navigation), where it finds the
 * migrations packaged and unpackaged, and that the CSP header and the renderer's meta tag agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../electron/main/csp.ts';
import { createAppUrlCheck, rendererLocation, rendererUrl } from '../../electron/main/origin.ts';
import { resolveMigrationsFolder } from '../../electron/main/paths.ts';

const RENDERER_DIR = '/opt/Balancebook/resources/app.asar/out/renderer';
const DEV_SERVER = 'http://localhost:5173/';

describe('the renderer location', () => {
  it('uses the dev server only when unpackaged', () => {
    const options = { devServerUrl: DEV_SERVER, rendererDir: RENDERER_DIR };
    expect(rendererLocation({ ...options, isPackaged: false }).kind).toBe('devServer');
    expect(rendererLocation({ ...options, isPackaged: true }).kind).toBe('appProtocol');
    expect(rendererLocation({ ...options, isPackaged: false, devServerUrl: undefined }).kind).toBe(
      'appProtocol',
    );
  });

  it("trusts exactly the app origin's index.html, whatever its fragment or query", () => {
    const location = rendererLocation({
      isPackaged: true,
      devServerUrl: undefined,
      rendererDir: RENDERER_DIR,
    });
    const isAppUrl = createAppUrlCheck(location);
    const own = rendererUrl(location);
    expect(own).toBe('app://balancebook/index.html');
    const mine = [own, `${own}#/customers`, `${own}?tab=1`, 'app://BalanceBook/index.html'];
    expect(mine.map(isAppUrl)).toEqual([true, true, true, true]);
    const foreign = [
      `file://${RENDERER_DIR}/index.html`,
      'app://evil/index.html',
      'app://balancebook/other.html',
      'app://balancebook.evil.example/index.html',
      'https://balancebook/index.html',
      'https://evil.example/index.html',
      DEV_SERVER,
      'not a url',
      '',
    ];
    expect(foreign.map(isAppUrl)).toEqual(foreign.map(() => false));
  });

  it("trusts the dev server's origin and nothing else", () => {
    const location = rendererLocation({
      isPackaged: false,
      devServerUrl: DEV_SERVER,
      rendererDir: RENDERER_DIR,
    });
    const isAppUrl = createAppUrlCheck(location);
    expect(isAppUrl('http://localhost:5173/index.html#/x')).toBe(true);
    const foreign = ['http://localhost:5174/', 'https://localhost:5173/', 'app://balancebook/'];
    expect(foreign.map(isAppUrl)).toEqual([false, false, false]);
  });
});

describe('the migrations folder', () => {
  it('sits beside the main bundle unpackaged and in resources when packaged', () => {
    const where = { resourcesPath: '/opt/Balancebook/resources', mainDir: '/work/out/main' };
    expect(resolveMigrationsFolder({ ...where, isPackaged: false })).toBe(
      path.join('/work/out/main', 'migrations'),
    );
    expect(resolveMigrationsFolder({ ...where, isPackaged: true })).toBe(
      path.join('/opt/Balancebook/resources', 'migrations'),
    );
  });
});

describe('the Content-Security-Policy', () => {
  it("replaces a server's policy, whatever the header's case", () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it("matches the renderer's meta tag, less frame-ancestors (ignored in a meta tag)", () => {
    const html = fs.readFileSync(
      path.join(import.meta.dirname, '../../renderer/index.html'),
      'utf8',
    );
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter(
      (directive) => !directive.startsWith('frame-ancestors'),
    );
    expect(meta?.split('; ')).toEqual(header);
  });
});
