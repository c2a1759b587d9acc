/**
 * Proves start.sh's decision to install: it installs when node_modules is missing, when no
 * install was recorded, and when package-lock.json changed since the recorded one, and otherwise
 * starts at once; the command start.sh runs prints exactly that decision.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_HASH_FILE, isInstallNeeded, recordInstall } from '../../scripts/install-state.ts';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/install-state.ts');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A project folder with a lockfile and, unless told otherwise, an (unrecorded) node_modules. */
function givenProject({ withNodeModules = true } = {}): { rootDir: string } {
  const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-install-'));
  folders.push(rootDir);
  fs.writeFileSync(path.join(rootDir, 'package-lock.json'), '{"lockfileVersion":3}\n');
  if (withNodeModules) fs.mkdirSync(path.join(rootDir, 'node_modules'));
  return { rootDir };
}

function decision(rootDir: string): string {
  return execFileSync(
    process.execPath,
    ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', SCRIPT, 'check', rootDir],
    { encoding: 'utf8' },
  ).trim();
}

describe('install state', () => {
  it('installs when node_modules is missing', () => {
    const project = givenProject({ withNodeModules: false });
    expect(isInstallNeeded(project)).toBe(true);
    expect(decision(project.rootDir)).toBe('install');
  });

  it('installs when no finished install was recorded', () => {
    const project = givenProject();
    expect(isInstallNeeded(project)).toBe(true);
  });

  it('starts at once after a recorded install of the same lockfile', () => {
    const project = givenProject();
    recordInstall(project);
    expect(fs.existsSync(path.join(project.rootDir, 'node_modules', LOCK_HASH_FILE))).toBe(true);
    expect(isInstallNeeded(project)).toBe(false);
    expect(decision(project.rootDir)).toBe('ready');
  });

  it('installs again when package-lock.json changed since', () => {
    const project = givenProject();
    recordInstall(project);
    fs.appendFileSync(path.join(project.rootDir, 'package-lock.json'), ' ');
    expect(isInstallNeeded(project)).toBe(true);
    expect(decision(project.rootDir)).toBe('install');
  });

  it('records through the command start.sh runs after npm ci', () => {
    const project = givenProject();
    execFileSync(process.execPath, [
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      SCRIPT,
      'record',
      project.rootDir,
    ]);
    expect(decision(project.rootDir)).toBe('ready');
  });
});
