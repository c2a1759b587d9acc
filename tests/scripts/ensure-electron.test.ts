/**
 * Proves `npm start`'s first step offline: on a copy of the electron package, Electron's own
 * installer fetches a stand-in program from a mirror on 127.0.0.1 (ELECTRON_MIRROR), checks it
 * against the mirror's SHASUMS256.txt, unpacks it and writes path.txt, which is what
 * electron-vite's preview looks for; a second run fetches nothing; and a mirror that refuses, a
 * port nobody answers on, or a checksum that does not match ends in a message saying what to do,
 * with nothing installed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureElectron, installedProgram } from '../../scripts/ensure-electron.ts';
import { storedZip } from '../support/stored-zip.ts';

const NODE_MODULES = path.resolve(import.meta.dirname, '../../node_modules');
const REAL_ELECTRON = path.join(NODE_MODULES, 'electron');
const VERSION = (
  JSON.parse(fs.readFileSync(path.join(REAL_ELECTRON, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const ZIP_NAME = `electron-v${VERSION}-linux-x64.zip`;
const STAND_IN = '#!/bin/sh\necho stand-in electron\n';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

type Mirror = { url: string; requests: string[] };

/** A mirror on 127.0.0.1 answering each path from `files`, or `status` for everything. */
async function startMirror(files: Record<string, Buffer | string>, status = 200): Promise<Mirror> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const body = files[url];
    if (status !== 200 || body === undefined) {
      response.writeHead(status === 200 ? 404 : status).end();
      return;
    }
    response.writeHead(200, { 'Content-Length': String(Buffer.byteLength(body)) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests };
}

/** A port that was free a moment ago: connecting to it is refused. */
async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return `http://127.0.0.1:${port}/`;
}

function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-electron-'));
  cleanups.push(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

/** A copy of the electron package as npm leaves it (no dist/, no path.txt). */
function copyOfElectron(): { electronDir: string; cacheDir: string } {
  const folder = tempFolder();
  const electronDir = path.join(folder, 'electron');
  fs.cpSync(REAL_ELECTRON, electronDir, {
    recursive: true,
    filter: (source) => !/[\\/](dist|path\.txt)$/.test(source),
  });
  return { electronDir, cacheDir: path.join(folder, 'cache') };
}

/** Only what the installer needs, pointed at the mirror: no proxy, no npm electron settings. */
function mirrorEnv(mirrorUrl: string, cacheDir: string): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !/electron|proxy/i.test(name));
  return {
    ...Object.fromEntries(kept),
    NODE_PATH: NODE_MODULES,
    ELECTRON_MIRROR: mirrorUrl,
    electron_config_cache: cacheDir,
    electron_use_remote_checksums: '1',
    ELECTRON_INSTALL_PLATFORM: 'linux',
    ELECTRON_INSTALL_ARCH: 'x64',
    ELECTRON_GET_NO_PROGRESS: '1',
  };
}

/** The stand-in zip and a SHASUMS256.txt giving its checksum (or that of `checksumOf`). */
function standInRelease({ checksumOf }: { checksumOf?: Buffer } = {}) {
  const zip = storedZip([
    { name: 'electron', content: STAND_IN, mode: 0o755 },
    { name: 'version', content: VERSION },
  ]);
  const digest = createHash('sha256').update(checksumOf ?? zip);
  return {
    [`/v${VERSION}/${ZIP_NAME}`]: zip,
    [`/v${VERSION}/SHASUMS256.txt`]: `${digest.digest('hex')} *${ZIP_NAME}\n`,
  };
}

describe('ensureElectron', () => {
  it('fetches the program through Electron installer, writes path.txt, and fetches only once', async () => {
    const mirror = await startMirror(standInRelease());
    const { electronDir, cacheDir } = copyOfElectron();
    expect(installedProgram(electronDir)).toBeNull();

    const first = await ensureElectron({ electronDir, env: mirrorEnv(mirror.url, cacheDir) });

    expect(first).toEqual({
      ok: true,
      program: path.join(electronDir, 'dist', 'electron'),
      fetched: true,
    });
    expect(fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(fs.readFileSync(path.join(electronDir, 'dist', 'electron'), 'utf8')).toBe(STAND_IN);
    expect(mirror.requests).toContain(`/v${VERSION}/${ZIP_NAME}`);
    expect(fs.existsSync(path.join(REAL_ELECTRON, 'path.txt'))).toBe(false);

    const fetchedSoFar = mirror.requests.length;
    const second = await ensureElectron({ electronDir, env: mirrorEnv(mirror.url, cacheDir) });
    expect(second).toMatchObject({ ok: true, fetched: false });
    expect(mirror.requests).toHaveLength(fetchedSoFar);
  });

  it('says what to do when the mirror refuses, and installs nothing', async () => {
    const mirror = await startMirror({}, 403);
    const { electronDir, cacheDir } = copyOfElectron();

    const outcome = await ensureElectron({ electronDir, env: mirrorEnv(mirror.url, cacheDir) });

    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toContain(`could not download Electron ${VERSION}`);
    expect(message).toContain('Response code 403');
    expect(message).toContain('HTTPS_PROXY');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('bash scripts/start.sh --web');
    expect(message).not.toMatch(/^\s+at /m);
    expect(installedProgram(electronDir)).toBeNull();
  });

  it('names a refused connection as no connection', async () => {
    const { electronDir, cacheDir } = copyOfElectron();

    const outcome = await ensureElectron({
      electronDir,
      env: mirrorEnv(await closedPortUrl(), cacheDir),
    });

    expect(outcome.ok ? '' : outcome.message).toContain('no connection');
    expect(fs.existsSync(path.join(electronDir, 'path.txt'))).toBe(false);
  });

  it('refuses a download whose checksum does not match', async () => {
    const release = standInRelease({ checksumOf: Buffer.from('something else') });
    const mirror = await startMirror(release);
    const { electronDir, cacheDir } = copyOfElectron();

    const outcome = await ensureElectron({ electronDir, env: mirrorEnv(mirror.url, cacheDir) });

    expect(outcome.ok ? '' : outcome.message).toMatch(/checksum/i);
    expect(installedProgram(electronDir)).toBeNull();
  });
});

describe('npm start', () => {
  it('fetches the program before electron-vite looks for it', () => {
    const packageJson = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(packageJson.scripts.prestart).toContain('scripts/ensure-electron.ts');
    expect(packageJson.scripts.predev).toContain('scripts/ensure-electron.ts');
  });
});
