/**
 * `npm start`'s first step (`prestart`): makes sure Electron's program is on disk before
 * electron-vite looks for it. Since Electron 45 the package no longer downloads it at install;
 * electron-vite only reads `node_modules/electron/path.txt` and says "Electron uninstall" when it
 * is missing. So this runs Electron's own installer (`install.js`, which fetches the zip through
 * @electron/get, checks it against `checksums.json`, unpacks it into `dist/` and writes
 * `path.txt`), once; later starts find the program and go on at once. When the download fails
 * (offline, a proxy, a mirror that refuses) it says why and what to do, and exits 1.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type EnsureElectronOptions = {
  /** The electron package folder (holding install.js and, once installed, path.txt). */
  electronDir: string;
  env: NodeJS.ProcessEnv;
};

export type EnsureElectronOutcome =
  { ok: true; program: string; fetched: boolean } | { ok: false; message: string };

/** The installed program's path, or null when path.txt or the program it names is missing. */
export function installedProgram(electronDir: string): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const program = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(program) ? program : null;
}

export async function ensureElectron(
  options: EnsureElectronOptions,
): Promise<EnsureElectronOutcome> {
  const present = installedProgram(options.electronDir);
  if (present !== null) return { ok: true, program: present, fetched: false };
  const run = await runInstaller(options);
  const program = installedProgram(options.electronDir);
  if (run.status === 0 && program !== null) return { ok: true, program, fetched: true };
  const version = electronVersion(options.electronDir);
  return { ok: false, message: fetchFailureMessage({ version, detail: firstLine(run.stderr) }) };
}

/** What the person reads when the program could not be fetched: the cause, then what to do. */
export function fetchFailureMessage({ version, detail }: { version: string; detail: string }) {
  return [
    `Balancebook could not download Electron ${version}, the program the desktop app runs in.`,
    `  Cause: ${detail === '' ? 'the installer gave no reason' : detail}`,
    '  What to do:',
    '  - check that this computer is online, then run `bash scripts/start.sh` again;',
    '  - behind a proxy: set HTTPS_PROXY=http://proxy:port and ELECTRON_GET_USE_PROXY=1;',
    '  - where GitHub is blocked: set ELECTRON_MIRROR to a mirror of Electron releases;',
    '  - meanwhile `bash scripts/start.sh --web` runs Balancebook in your browser.',
  ].join('\n');
}

type InstallerRun = { status: number | null; stderr: string };

/** Electron's installer in a child Node, as `npx install-electron` would run it. */
function runInstaller(options: EnsureElectronOptions): Promise<InstallerRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(options.electronDir, 'install.js')], {
      cwd: options.electronDir,
      env: options.env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      resolve({ status: null, stderr: error.message });
    });
    child.on('close', (status) => {
      resolve({ status, stderr });
    });
  });
}

function electronVersion(electronDir: string): string {
  const text = fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8');
  const parsed = JSON.parse(text) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '(unknown version)';
}

/** The error's own line (`HTTPError: Response code 403 …`), without the stack under it. */
function firstLine(stderr: string): string {
  const line = stderr.split('\n').find((text) => /\S/.test(text) && !/^\s+at /.test(text));
  const text = (line ?? '').trim();
  return /fetch failed/.test(text)
    ? `${text} (no connection: offline, or a proxy in the way)`
    : text;
}

function defaultElectronDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

async function main(): Promise<void> {
  const electronDir = defaultElectronDir();
  if (installedProgram(electronDir) === null) {
    process.stdout.write(`Downloading Electron's program into ${electronDir} (once)\n`);
  }
  const outcome = await ensureElectron({ electronDir, env: process.env });
  if (outcome.ok) return;
  process.stderr.write(`${outcome.message}\n`);
  process.exitCode = 1;
}

if (import.meta.main) {
  await main();
}
