/**
 * Starts and stops the real web bridge (web-bridge-process.ts) from a browser test, as a person
 * runs `npm run start:web`: each start prints a new address with a new token.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

const START_LINE = /^Balancebook is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/;

export type RealBridge = {
  url: string;
  origin: string;
  /** A call over HTTP with the token, as the page makes it (the bridge has one session). */
  invoke(channel: string, input: unknown): Promise<unknown>;
  stop(): Promise<void>;
};

async function invokeOver(url: string, channel: string, input: unknown): Promise<unknown> {
  const address = new URL(url);
  const response = await fetch(`${address.origin}/api/invoke`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Balancebook-Token': address.hash.replace('#token=', ''),
    },
    body: JSON.stringify({ channel, input }),
  });
  const result = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** A port free a moment ago, so two starts of the bridge can share it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

export function startRealBridge(options: {
  dataDir: string;
  port: number;
  startAt: string;
}): Promise<RealBridge> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      path.join(__dirname, 'web-bridge-process.ts'),
      options.dataDir,
      String(options.port),
      options.startAt,
    ],
    {
      env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      reject(new Error(`the web bridge exited (${code}) before it printed its address`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = START_LINE.exec(line)?.[1];
      if (url === undefined) return;
      const invoke = (channel: string, input: unknown) => invokeOver(url, channel, input);
      resolve({ url, origin: new URL(url).origin, invoke, stop });
    });
  });
}

/** A bridge on a free port over a new data folder in the test's output, at `startAt`. */
export async function startBridgeForTest(
  outputPath: (name: string) => string,
  startAt: string,
): Promise<{ bridge: RealBridge; dataDir: string }> {
  const dataDir = outputPath('data');
  fs.mkdirSync(dataDir, { recursive: true });
  const bridge = await startRealBridge({ dataDir, port: await freePort(), startAt });
  return { bridge, dataDir };
}
