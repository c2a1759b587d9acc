/** Temporary ledger files for tests that need a real file (WAL, a second connection, reopening). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export function tempDbPath(name = 'ledger.sqlite'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-test-'));
  onTestFinished(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return path.join(dir, name);
}
