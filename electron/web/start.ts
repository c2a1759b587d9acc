/**
 * `npm run start:web`: serves Balancebook to a browser on this computer. It opens the same ledger
 * as the desktop app (see data-dir.ts), makes the day's automatic backup first, listens on
 * 127.0.0.1 only (port from `--port`, else BALANCEBOOK_PORT, else any free one), and prints one
 * line with the address to open, its per-run token in the fragment. Ctrl+C (or SIGTERM) closes
 * the server, waits for the scheduled pass, and closes the ledger. Run directly by Node 24,
 * which strips the types; tests call `launch` instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../shared/errors.ts';
import { dailyBackup } from '../backup/daily.ts';
import { keepHeapTight } from '../main/heap.ts';
import { backupsPath, ledgerPath } from '../main/paths.ts';
import { resolveDataDir } from './data-dir.ts';
import { startWebBridge, type WebBridge } from './server.ts';

export const PORT_VARIABLE = 'BALANCEBOOK_PORT';
export const PORT_MAX = 65_535;
export const DEFAULT_RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

export type LaunchOptions = {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homeDir: string;
  print: (line: string) => void;
  now?: () => Date;
  timeZone?: string;
};

export type LaunchSettings = { port: number; rendererDir: string };

export function startLine(url: string): string {
  return `Balancebook is running at ${url}`;
}

/** `--port N` / `--port=N` (else BALANCEBOOK_PORT, else 0) and `--renderer-dir DIR`. */
export function parseArgs(
  argv: readonly string[],
  env: LaunchOptions['env'],
): Result<LaunchSettings> {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const match = /^--(port|renderer-dir)(?:=(.*))?$/.exec(argument);
    if (match === null) return invalid(`Unknown argument ${argument}`, 'argv');
    const [, name = '', inline] = match;
    const value = inline ?? argv[(index += 1)];
    if (value === undefined) return invalid(`--${name} needs a value`, name);
    values.set(name, value);
  }
  const portText = values.get('port') ?? env[PORT_VARIABLE] ?? '0';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 0 && port <= PORT_MAX)) return invalid(`The port must be 0 to ${PORT_MAX}`, 'port');
  const rendererDir = path.resolve(values.get('renderer-dir') ?? DEFAULT_RENDERER_DIR);
  return { ok: true, data: { port, rendererDir } };
}

export async function launch(options: LaunchOptions): Promise<Result<WebBridge>> {
  const settings = parseArgs(options.argv, options.env);
  if (!settings.ok) return settings;
  const { port, rendererDir } = settings.data;
  keepHeapTight();
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    return invalid(
      `No built renderer in ${rendererDir}; run \`npm run build\` first`,
      'rendererDir',
    );
  }
  const dataDir = resolveDataDir(options);
  fs.mkdirSync(dataDir, { recursive: true });
  const dbPath = ledgerPath(dataDir);
  const now = options.now ?? (() => new Date());
  await backUpToday({ dbPath, backupsDir: backupsPath(dataDir), now, timeZone: options.timeZone });
  const bridge = await startWebBridge({
    dbPath,
    rendererDir,
    port,
    now,
    timeZone: options.timeZone,
  });
  options.print(startLine(bridge.url));
  return { ok: true, data: bridge };
}

/**
 * A failed automatic backup is reported but does not keep the ledger closed, as in main; so is a
 * book that no longer holds the newest backup's head of the audit chain.
 */
async function backUpToday(options: Parameters<typeof dailyBackup>[0]): Promise<void> {
  try {
    const { warning } = await dailyBackup(options);
    if (warning !== null) console.error(`[balancebook] warning: ${warning}`);
  } catch (error) {
    console.error('[balancebook] the automatic backup failed', error);
  }
}

function invalid(message: string, field: string): Result<never> {
  return { ok: false, error: { code: 'VALIDATION', message, field } };
}

/** Ctrl+C or SIGTERM: close once, cleanly; the process then ends by itself. */
function closeOnSignals(bridge: WebBridge): void {
  let closing = false;
  const close = (): void => {
    if (closing) return;
    closing = true;
    bridge.close().catch((error: unknown) => {
      console.error('[balancebook] the web bridge did not close cleanly', error);
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
}

async function main(): Promise<void> {
  const launched = await launch({
    argv: process.argv.slice(2),
    env: process.env,
    platform: process.platform,
    homeDir: os.homedir(),
    print: (line) => process.stdout.write(`${line}\n`),
  });
  if (launched.ok) {
    closeOnSignals(launched.data);
    return;
  }
  console.error(`[balancebook] ${launched.error.message}`);
  process.exitCode = 1;
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    // The ledger would not open (a newer file, a locked disk) or the port is taken: say so.
    console.error('[balancebook] could not start', error);
    process.exitCode = 1;
  });
}
