/**
 * Run in a fresh child process by the statement benchmark, so its memory is the export's alone:
 * loads the engine (drizzle-orm as ESM, as `node` runs the sources; or as CommonJS, as a bundled
 * main process loads it; or the engine bundled as the app ships it, bundle.ts), opens the file, exports one statement PDF through `invoke`, and prints
 * one JSON line: load, open and export times, pages, bytes, resident memory before the export and
 * the process's peak resident memory (`maxRSS`).
 * Usage: pdf-child.ts <engine|engine-cjs|engine-bundle> '<PdfJob as JSON>'
 */
import { createRequire } from 'node:module';
import type { createBackend as CreateBackend } from '../../electron/backend/index.ts';
import { nowMs } from './stats.ts';

export type PdfJob = {
  dbPath: string;
  customerId: string;
  from: string;
  to: string;
  outPath: string;
  fixedNow: string;
  /** For `engine-bundle`: the bundle, and the migrations it is shipped beside. */
  bundle?: { path: string; migrationsFolder: string };
};

export type PdfResult = {
  loadMs: number;
  openMs: number;
  exportMs: number;
  pages: number;
  bytes: number;
  beforeMb: number;
  peakMb: number;
};

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const [mode, json] = process.argv.slice(2);
  const job = JSON.parse(json ?? '') as PdfJob;
  const loadStarted = nowMs();
  if (mode === 'engine-cjs') (await import('./cjs-deps.ts')).loadDrizzleAsCommonJs();
  const { createBackend } =
    mode === 'engine-bundle' && job.bundle
      ? (createRequire(import.meta.url)(job.bundle.path) as { createBackend: typeof CreateBackend })
      : await import('../../electron/backend/index.ts');
  const loadMs = nowMs() - loadStarted;
  const openStarted = nowMs();
  const now = new Date(job.fixedNow);
  const backend = createBackend({
    dbPath: job.dbPath,
    now: () => now,
    timeZone: 'UTC',
    ...(job.bundle ? { migrationsFolder: job.bundle.migrationsFolder } : {}),
  });
  const openMs = nowMs() - openStarted;
  const beforeMb = process.memoryUsage().rss / MB;
  const started = nowMs();
  const result = await backend.invoke('statements.exportPdf', {
    customerId: job.customerId,
    from: job.from,
    to: job.to,
    path: job.outPath,
  });
  const exportMs = nowMs() - started;
  backend.close();
  if (!result.ok) throw new Error(`statements.exportPdf failed: ${result.error.message}`);
  const { pages, bytes } = result.data as { pages: number; bytes: number };
  const peakMb = (process.resourceUsage().maxRSS * 1024) / MB;
  const answer: PdfResult = { loadMs, openMs, exportMs, pages, bytes, beforeMb, peakMb };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

await main();
