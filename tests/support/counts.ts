/**
 * Where each test runner leaves its counts, so `npm test` can end with one line adding them up
 * (`scripts/test-summary.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';

export type Counts = { passed: number; failed: number; skipped: number };

export const COUNTS_FOLDER = path.join(import.meta.dirname, '..', '..', 'test-results');

export function writeCounts(runner: string, counts: Counts): void {
  fs.mkdirSync(COUNTS_FOLDER, { recursive: true });
  fs.writeFileSync(path.join(COUNTS_FOLDER, `${runner}-counts.json`), JSON.stringify(counts));
}

export function readCounts(runner: string): Counts | null {
  const file = path.join(COUNTS_FOLDER, `${runner}-counts.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Counts) : null;
}
