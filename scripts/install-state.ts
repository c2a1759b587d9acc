/**
 * Whether `scripts/start.sh` must install dependencies: only when node_modules is missing or
 * package-lock.json changed since the last install that finished. After `npm ci` succeeds the
 * lockfile's SHA-256 is stored in node_modules/.balancebook-lock-hash (inside node_modules, so
 * removing the folder also forgets it; an interrupted install never records it). Run as
 * `node scripts/install-state.ts check [rootDir]` (prints `install` or `ready`) or `record`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_HASH_FILE = '.balancebook-lock-hash';

export type InstallPaths = { rootDir: string };

export function lockHash({ rootDir }: InstallPaths): string {
  const lock = fs.readFileSync(path.join(rootDir, 'package-lock.json'));
  return createHash('sha256').update(lock).digest('hex');
}

function hashFile({ rootDir }: InstallPaths): string {
  return path.join(rootDir, 'node_modules', LOCK_HASH_FILE);
}

/** True when node_modules is missing, was never recorded, or was installed from another lock. */
export function isInstallNeeded(paths: InstallPaths): boolean {
  let recorded: string;
  try {
    recorded = fs.readFileSync(hashFile(paths), 'utf8').trim();
  } catch {
    return true;
  }
  return recorded !== lockHash(paths);
}

export function recordInstall(paths: InstallPaths): void {
  fs.writeFileSync(hashFile(paths), `${lockHash(paths)}\n`);
}

function main([command, rootDir]: readonly (string | undefined)[]): number {
  const paths = { rootDir: path.resolve(rootDir ?? path.join(import.meta.dirname, '..')) };
  if (command === 'check') {
    process.stdout.write(isInstallNeeded(paths) ? 'install\n' : 'ready\n');
    return 0;
  }
  if (command === 'record') {
    recordInstall(paths);
    return 0;
  }
  process.stderr.write('Usage: node scripts/install-state.ts check|record [rootDir]\n');
  return 2;
}

if (import.meta.main) {
  process.exitCode = main(process.argv.slice(2));
}
