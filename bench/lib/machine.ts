/**
 * What the figures were measured on: CPU, memory, operating system, load, Node, SQLite and
 * better-sqlite3 versions, so a table can be compared with one from another machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describeHeap } from './host-heap.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');

export function describeMachine(): string[] {
  const cpus = os.cpus();
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    `cpus      ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `memory    ${memoryGb} GB, ${os.platform()} ${os.release()} ${os.arch()}`,
    `load      ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} (1, 5, 15 min; other work on the machine skews the figures)`,
    `node      ${process.version}`,
    `sqlite    ${sqliteVersion()} via better-sqlite3 ${packageVersion('better-sqlite3')}`,
    describeHeap(),
  ];
}

function sqliteVersion(): string {
  const sqlite = new Database(':memory:');
  try {
    const row = sqlite.prepare('SELECT sqlite_version() AS version').get() as { version: string };
    return row.version;
  } finally {
    sqlite.close();
  }
}

function packageVersion(name: string): string {
  const file = path.join(ROOT, 'node_modules', name, 'package.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string };
  return json.version ?? 'unknown';
}
