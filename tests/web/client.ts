/**
 * Test support for the web bridge: a raw HTTP client on node:http (fetch may not set `Host`, and
 * normalises `..` before sending), a bridge started on port 0 with a temporary ledger and renderer
 * folder on a fake clock, and a signed-in call helper.
 */
import fs from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { startWebBridge, type WebBridge } from '../../electron/web/server.ts';
import type { Result } from '../../shared/errors.ts';
import { fakeClock, type FakeClock } from '../support/backend.ts';

export type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

export type RawRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** False sends no Host header at all. */
  setHost?: boolean;
};

export function send(port: number, request: RawRequest = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path ?? '/',
        headers: request.headers ?? {},
        setHost: request.setHost ?? true,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

export const RENDERER_FILES = {
  'index.html': '<!doctype html><title>Balancebook</title><script src="./assets/app.js"></script>',
  'assets/app.js': 'console.log("balancebook");',
  'assets/style.css': 'body { margin: 0 }',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
} as const;

/** Beside the renderer folder, so a traversal that worked would find it. */
export const SECRET = 'the-secret-outside-the-renderer';

export type TestBridge = {
  bridge: WebBridge;
  clock: FakeClock;
  dataDir: string;
  rendererDir: string;
  /** An authorised call: the token, the bridge's own Host, status 200 expected. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** An authorised call that must succeed; returns its data. */
  call(channel: string, input: unknown): Promise<unknown>;
  /** Closes the bridge and removes its temporary folder. */
  close(): Promise<void>;
};

export async function givenBridge(): Promise<TestBridge> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-web-'));
  const dbPath = path.join(dataDir, 'balancebook.sqlite');
  const rendererDir = path.join(dataDir, 'renderer');
  for (const [name, content] of Object.entries(RENDERER_FILES)) {
    fs.mkdirSync(path.dirname(path.join(rendererDir, name)), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, name), content);
  }
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), SECRET);
  const clock = fakeClock();
  const bridge = await startWebBridge({
    dbPath,
    rendererDir,
    port: 0,
    now: clock.now,
    timeZone: 'Europe/Brussels',
    timer: { setInterval: () => 0, clearInterval: () => undefined },
  });
  const invoke = async (channel: string, input: unknown) => {
    const reply = await send(bridge.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'X-Balancebook-Token': bridge.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    expect(reply.status).toBe(200);
    return JSON.parse(reply.body) as Result<unknown>;
  };
  const call = async (channel: string, input: unknown) => {
    const result = await invoke(channel, input);
    if (!result.ok) expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  const close = async () => {
    await bridge.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { bridge, clock, dataDir, rendererDir, invoke, call, close };
}
