/**
 * Proves that a crash loses nothing and corrupts nothing: a child process runs a mixed workload
 * (top-ups, charges, invoices issued and settled, payments, refunds) on a real file and is killed
 * with SIGKILL at seeded random moments. After every kill the file passes SQLite's integrity
 * check and `audit.verify`, and every operation the child reported as committed is there exactly
 * once, even though the next child repeats the last unreported operation's request id.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { tempDbPath } from '../support/temp-file.ts';
import { scaledTimeout } from '../support/timeouts.ts';

const KILLS = Number.parseInt(process.env.CRASH_KILLS ?? '30', 10);
const SEED = Number.parseInt(process.env.CRASH_SEED ?? '7', 10);
const WORKLOAD = path.join(import.meta.dirname, 'workload.ts');
/**
 * One kill (a child started, a few operations, integrity check, verify) takes about a second on
 * an idle machine; with a load of 16 on two cores, more than five (300 kills ran past 25 minutes).
 */
const KILL_BUDGET_MS = 20_000;
const TIMEOUT_MS = scaledTimeout({ count: KILLS, eachMs: KILL_BUDGET_MS });

/** Seeded choice of how many operations a child finishes before it is killed. */
function killAfter(round: number): number {
  return 1 + ((SEED * 7919 + round * 104729) % 13);
}

/** Runs one child from `first`, kills it after some reported operations; returns what it reported. */
function runUntilKilled(
  dbPath: string,
  first: number,
  round: number,
): Promise<{ committed: number[]; last: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
        WORKLOAD,
        dbPath,
        String(SEED),
        String(first),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const committed: number[] = [];
    let last = first - 1;
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, index] = line.split(' ');
      last = Number.parseInt(index ?? '', 10);
      if (word === 'committed') committed.push(last);
      reported += 1;
      if (reported === killAfter(round)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ committed, last });
      else reject(new Error(`the workload stopped by itself (${String(code)}): ${stderr}`));
    });
  });
}

describe('crashes', () => {
  it(`loses nothing over ${KILLS} kills`, { timeout: TIMEOUT_MS }, async () => {
    const dbPath = tempDbPath();
    const committed = new Set<number>();
    let next = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const run = await runUntilKilled(dbPath, next, round);
      for (const index of run.committed) committed.add(index);
      next = run.last + 1;
      const raw = new Database(dbPath);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = raw
        .prepare("SELECT request_id AS id FROM requests WHERE request_id LIKE 'op-%'")
        .all() as { id: string }[];
      raw.close();
      const ids = present.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const index of committed) expect(ids, `op-${index}`).toContain(`op-${index}`);
      const backend = createBackend({
        dbPath,
        timeZone: 'UTC',
        now: () => new Date('2026-03-01T09:00:00Z'),
      });
      const verify = await backend.invoke('audit.verify', {});
      backend.close();
      expect(verify).toMatchObject({ ok: true, data: { ok: true, problems: [] } });
    }
    expect(committed.size).toBeGreaterThan(KILLS);
  });
});
