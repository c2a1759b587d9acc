/**
 * Proves the web bridge serves the built renderer without a token, GET and HEAD only, each file
 * with its content type and the desktop window's Content-Security-Policy, `nosniff` and no
 * referrer; and that no spelling of a path leaving the renderer folder (`..`, encoded `%2e%2e`,
 * encoded slashes or backslashes, NUL, a broken escape) reaches a file outside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { resolveInside } from '../../electron/web/static.ts';
import { RENDERER_FILES, SECRET, givenBridge, send, type TestBridge } from './client.ts';

let t: TestBridge;

beforeAll(async () => {
  t = await givenBridge();
});

afterAll(async () => {
  await t.close();
});

describe('static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const reply = await send(t.bridge.port);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(RENDERER_FILES['index.html']);
    expect(reply.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });

  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/app.js?v=3', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s, with the policy', async (path, type) => {
    const reply = await send(t.bridge.port, { path });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await send(t.bridge.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(RENDERER_FILES['assets/app.js'].length));
    expect(reply.body).toBe('');
  });

  it('refuses other methods, missing files, folders and foreign hosts', async () => {
    const port = t.bridge.port;
    expect((await send(port, { method: 'POST', path: '/' })).status).toBe(405);
    expect((await send(port, { method: 'DELETE', path: '/index.html' })).status).toBe(405);
    expect((await send(port, { path: '/missing.js' })).status).toBe(404);
    expect((await send(port, { path: '/assets' })).status).toBe(404);
    expect((await send(port, { path: '/assets/' })).status).toBe(404);
    const rebound = await send(port, { headers: { Host: `evil.example:${port}` } });
    expect(rebound.status).toBe(403);
  });
});

describe('paths leaving the renderer folder', () => {
  it.each([
    '/../secret.txt',
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '//etc/passwd',
  ])('refuse %s', async (path) => {
    const reply = await send(t.bridge.port, { path });
    expect([403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('are resolved to nothing before the disk is touched', () => {
    const root = '/srv/renderer';
    expect(resolveInside({ rootDir: root, requestPath: '/' })).toBe('/srv/renderer/index.html');
    expect(resolveInside({ rootDir: root, requestPath: '/assets/a%20b.js' })).toBe(
      '/srv/renderer/assets/a b.js',
    );
    for (const path of [
      '/../x',
      '/%2e%2e/x',
      '/..%2fx',
      '/a/../../x',
      '/x%00',
      '/%zz',
      'x',
      '/..',
    ]) {
      expect(resolveInside({ rootDir: root, requestPath: path }), path).toBeNull();
    }
  });
});
