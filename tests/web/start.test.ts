/**
 * Proves `npm run start:web`'s launcher: it finds the desktop app's data folder on each platform
 * (or BALANCEBOOK_DATA_DIR), reads the port from `--port` or BALANCEBOOK_PORT and refuses a bad
 * one, refuses to start without a built renderer, prints exactly one line
 * `Balancebook is running at http://127.0.0.1:<port>/#token=<token>`, makes the first backup at
 * the very first start, warns on stderr when the ledger lacks the head of the audit chain its
 * newest backup recorded, and, run as a real process, serves the ledger and exits cleanly on
 * Ctrl+C with the ledger closed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { backupNow } from '../../electron/backup/backup.ts';
import type { BackupMetadata } from '../../electron/backup/metadata.ts';
import { HEAP_FLAGS } from '../../electron/main/heap.ts';
import { backupsPath, ledgerPath } from '../../electron/main/paths.ts';
import { resolveDataDir } from '../../electron/web/data-dir.ts';
import { launch, parseArgs } from '../../electron/web/start.ts';
import { fakeClock } from '../support/backend.ts';
import { RENDERER_FILES, send } from './client.ts';

const START_LINE =
  /^Balancebook is running at http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{32})$/;
const START_SCRIPT = path.join(import.meta.dirname, '../../electron/web/start.ts');

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-start-'));
  folders.push(folder);
  return folder;
}

function givenRenderer(): string {
  const rendererDir = path.join(tempFolder(), 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), RENDERER_FILES['index.html']);
  return rendererDir;
}

describe('the data folder', () => {
  it.each([
    ['linux', {}, '/home/vera/.config/Balancebook'],
    ['linux', { XDG_CONFIG_HOME: '/data/config' }, '/data/config/Balancebook'],
    ['darwin', {}, '/home/vera/Library/Application Support/Balancebook'],
    [
      'win32',
      { APPDATA: 'C:\\Users\\vera\\AppData\\Roaming' },
      'C:\\Users\\vera\\AppData\\Roaming\\Balancebook',
    ],
    ['linux', { BALANCEBOOK_DATA_DIR: '/srv/books' }, '/srv/books'],
  ] as const)('on %s with %j is %s', (platform, env, expected) => {
    expect(resolveDataDir({ platform, env, homeDir: '/home/vera' })).toBe(expected);
  });
});

describe('the arguments', () => {
  it('take the port from --port, then BALANCEBOOK_PORT, else any free port', () => {
    const port = (argv: string[], env: Record<string, string> = {}) => {
      const parsed = parseArgs(argv, env);
      return parsed.ok ? parsed.data.port : parsed.error.field;
    };
    expect(port([])).toBe(0);
    expect(port([], { BALANCEBOOK_PORT: '8123' })).toBe(8123);
    expect(port(['--port', '9000'], { BALANCEBOOK_PORT: '8123' })).toBe(9000);
    expect(port(['--port=9001'])).toBe(9001);
    for (const bad of [['--port', '-1'], ['--port=70000'], ['--port', 'http'], ['--port']]) {
      expect(port(bad), bad.join(' ')).toBe('port');
    }
    expect(port(['--verbose'])).toBe('argv');
  });
});

describe('launch', () => {
  it('sizes the heap as the desktop app does (electron/main/heap.ts)', async () => {
    const heapFlags = vi.spyOn(v8, 'setFlagsFromString');
    const launched = await launch({
      argv: ['--renderer-dir', givenRenderer()],
      env: { BALANCEBOOK_DATA_DIR: path.join(tempFolder(), 'data') },
      platform: 'linux',
      homeDir: '/nowhere',
      print: () => undefined,
      now: fakeClock().now,
    });
    if (!launched.ok) expect.fail(launched.error.message);
    expect(heapFlags).toHaveBeenCalledWith(HEAP_FLAGS);
    heapFlags.mockRestore();
    await launched.data.close();
  });

  it('prints one line with the address and its token, and opens the ledger there', async () => {
    const dataDir = path.join(tempFolder(), 'data');
    const lines: string[] = [];
    const launched = await launch({
      argv: ['--renderer-dir', givenRenderer()],
      env: { BALANCEBOOK_DATA_DIR: dataDir },
      platform: 'linux',
      homeDir: '/nowhere',
      print: (line) => lines.push(line),
      now: fakeClock().now,
      timeZone: 'Europe/Brussels',
    });
    if (!launched.ok) expect.fail(launched.error.message);
    expect(lines).toEqual([`Balancebook is running at ${launched.data.url}`]);
    const [, port, token] = START_LINE.exec(lines[0] ?? '') ?? [];
    expect(Number(port)).toBe(launched.data.port);
    expect(token).toBe(launched.data.token);
    expect(fs.existsSync(path.join(dataDir, 'balancebook.sqlite'))).toBe(true);
    await launched.data.close();
    // The very first start: the ledger is new, and its first backup is made all the same.
    expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual([
      'balancebook-2026-03-01T10-00-00.sqlite',
      'balancebook-2026-03-01T10-00-00.sqlite.json',
    ]);
  });

  it('warns when the ledger lacks the newest backup head, and still starts', async () => {
    const dataDir = path.join(tempFolder(), 'data');
    fs.mkdirSync(dataDir);
    const clock = fakeClock();
    const options = { dbPath: ledgerPath(dataDir), now: clock.now, timeZone: 'Europe/Brussels' };
    createBackend(options).close();
    const backup = await backupNow({ ...options, backupsDir: backupsPath(dataDir) });
    const record = JSON.parse(fs.readFileSync(`${backup}.json`, 'utf8')) as BackupMetadata;
    const head = { seq: 999, hash: 'a'.repeat(64) };
    fs.writeFileSync(`${backup}.json`, JSON.stringify({ ...record, chainHead: head }));
    clock.advance({ days: 1 });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const launched = await launch({
      argv: ['--renderer-dir', givenRenderer()],
      env: { BALANCEBOOK_DATA_DIR: dataDir },
      platform: 'linux',
      homeDir: '/nowhere',
      print: () => undefined,
      now: clock.now,
      timeZone: 'Europe/Brussels',
    });
    const logged = errors.mock.calls.map(([first]) => String(first));
    errors.mockRestore();
    if (!launched.ok) expect.fail(launched.error.message);
    expect(logged).toEqual([
      expect.stringMatching(
        /^\[balancebook\] warning: The ledger no longer holds audit event #999,/,
      ),
    ]);
    await launched.data.close();
  });

  it('refuses to start without a built renderer', async () => {
    const lines: string[] = [];
    const launched = await launch({
      argv: ['--renderer-dir', tempFolder()],
      env: { BALANCEBOOK_DATA_DIR: tempFolder() },
      platform: 'linux',
      homeDir: '/nowhere',
      print: (line) => lines.push(line),
    });
    expect(launched).toMatchObject({ ok: false, error: { field: 'rendererDir' } });
    expect(lines).toEqual([]);
  });
});

describe('the process', () => {
  it('serves the app and exits cleanly on Ctrl+C, leaving the ledger closed', async () => {
    const dataDir = path.join(tempFolder(), 'data');
    const child = spawn(
      process.execPath,
      [
        '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
        START_SCRIPT,
        '--renderer-dir',
        givenRenderer(),
      ],
      { env: { ...process.env, BALANCEBOOK_DATA_DIR: dataDir, BALANCEBOOK_PORT: '0' } },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => {
        reject(new Error(`exited early (${String(code)}): ${stderr}`));
      });
    });
    const [, port] = START_LINE.exec(firstLine) ?? [];
    expect(firstLine).toMatch(START_LINE);
    expect((await send(Number(port))).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    // No -wal or -shm file left: the ledger was closed (its first backup sits in backups/).
    expect(fs.readdirSync(dataDir)).toEqual(['backups', 'balancebook.sqlite']);
  });
});
