/**
 * Run in a child process by the benchmark, so resident memory is measured in isolation: loads
 * either the engine or bare better-sqlite3, opens the seeded file, reads one balance, and prints
 * one JSON line: resident set size before loading, after loading and after the read, and how long
 * loading and opening took. Mode `engine-cjs` loads drizzle-orm as CommonJS (see cjs-deps.ts);
 * `engine-bundle` loads the engine as the desktop app ships it (bench/lib/bundle.ts).
 * Usage: rss-probe.ts <engine|engine-cjs|engine-bundle|raw> <dbPath> <customerId> <fixedNow>
 *        [<bundle path> <migrations folder>]
 */
import { createRequire } from 'node:module';
import type { createBackend as CreateBackend } from '../../electron/backend/index.ts';
import type { Bundle } from './child.ts';
import { nowMs } from './stats.ts';

export type ProbeResult = {
  startMb: number;
  loadedMb: number;
  rssMb: number;
  loadMs: number;
  openMs: number;
};

const MB = 1024 * 1024;

type Opened = { read: () => Promise<void>; close: () => void };

function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

async function loadEngine(dbPath: string, customerId: string, fixedNow: string, bundle?: Bundle) {
  const { createBackend } = bundle
    ? (createRequire(import.meta.url)(bundle.path) as { createBackend: typeof CreateBackend })
    : await import('../../electron/backend/index.ts');
  const shipped = bundle ? { migrationsFolder: bundle.migrationsFolder } : {};
  return (): Opened => {
    const now = () => new Date(fixedNow);
    const backend = createBackend({ dbPath, now, timeZone: 'UTC', ...shipped });
    const read = async () => {
      const result = await backend.invoke('balance.get', { customerId });
      if (!result.ok) throw new Error(`balance.get failed: ${result.error.message}`);
    };
    const close = () => {
      backend.close();
    };
    return { read, close };
  };
}

async function loadRaw(dbPath: string, customerId: string) {
  const { default: Database } = await import('better-sqlite3');
  return (): Opened => {
    const sqlite = new Database(dbPath, { fileMustExist: true });
    sqlite.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    const read = () => {
      sqlite.prepare('SELECT balance_minor FROM customers WHERE id = ?').get(customerId);
      return Promise.resolve();
    };
    const close = () => {
      sqlite.close();
    };
    return { read, close };
  };
}

async function probe(
  mode: string,
  dbPath: string,
  id: string,
  now: string,
  bundle?: Bundle,
): Promise<ProbeResult> {
  const startMb = rssMb();
  const loadStarted = nowMs();
  if (mode === 'engine-cjs') (await import('./cjs-deps.ts')).loadDrizzleAsCommonJs();
  const open =
    mode === 'raw' ? await loadRaw(dbPath, id) : await loadEngine(dbPath, id, now, bundle);
  const loadMs = nowMs() - loadStarted;
  const loadedMb = rssMb();
  const openStarted = nowMs();
  const opened = open();
  const openMs = nowMs() - openStarted;
  await opened.read();
  const result = { startMb, loadedMb, rssMb: rssMb(), loadMs, openMs };
  opened.close();
  return result;
}

async function main(): Promise<void> {
  const [mode = '', dbPath, customerId, fixedNow, bundlePath, migrationsFolder] =
    process.argv.slice(2);
  if (!dbPath || !customerId || !fixedNow) throw new Error('usage: <mode> <dbPath> <id> <now>');
  const bundle =
    mode === 'engine-bundle' && bundlePath && migrationsFolder
      ? { path: bundlePath, migrationsFolder }
      : undefined;
  if (mode === 'engine-bundle' && !bundle) throw new Error('engine-bundle needs its bundle');
  const result = await probe(mode, dbPath, customerId, fixedNow, bundle);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
