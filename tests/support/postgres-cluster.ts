/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, a fresh data
 * folder, a local port, trust authentication on 127.0.0.1 only, and nothing left behind after
 * `stop()`. PostgreSQL refuses to run as root, so as root the cluster runs as `nobody`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type Cluster = { url: string; port: number; stop: () => void };

const SUPERUSER = 'balancebook';

export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest === undefined ? null : path.join(root, newest, 'bin');
}

export async function startCluster(): Promise<Cluster> {
  const bin = findPostgresBin();
  if (bin === null)
    throw new Error('PostgreSQL server binaries are missing (apt-get install postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-pg-'));
  const port = await freePort();
  const asOwner = ownerRunner(dir);
  const data = path.join(dir, 'data');
  asOwner(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', SUPERUSER, '-E', 'UTF8']);
  allowPasswordLogins(data);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  asOwner(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  const stop = (): void => {
    spawnSync(
      ...ownerCommand(dir, path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`, port, stop };
}

/**
 * The superuser logs in without a password (trust, 127.0.0.1 only); every other role needs its
 * password (scram), so tests can see a wrong password refused as a real server refuses it.
 */
function allowPasswordLogins(data: string): void {
  const rules = [
    'local all all trust',
    `host all ${SUPERUSER} 127.0.0.1/32 trust`,
    'host all all 127.0.0.1/32 scram-sha-256',
  ];
  fs.writeFileSync(path.join(data, 'pg_hba.conf'), `${rules.join('\n')}\n`);
}

function ownerRunner(dir: string): (file: string, args: string[]) => void {
  if (process.getuid?.() === 0) fs.chownSync(dir, ...nobodyIds());
  return (file, args) => {
    execFileSync(...ownerCommand(dir, file, args), { stdio: 'pipe' });
  };
}

function ownerCommand(_dir: string, file: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [file, args];
  return ['runuser', ['-u', 'nobody', '--', file, ...args]];
}

function nobodyIds(): [number, number] {
  const uid = Number(execFileSync('id', ['-u', 'nobody']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'nobody']).toString().trim());
  return [uid, gid];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
