/**
 * Proves two instances on one ledger file (a second window, or a file on a shared folder) lose no
 * update and corrupt nothing: two processes top up the same customer in parallel, and every
 * top-up that either reported is in the balance; a writer kept waiting beyond the busy timeout
 * gets a clear CONFLICT, not a crash.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

const LOOP = path.join(import.meta.dirname, 'top-up-loop.ts');
const COUNT = 150;

function instance(dbPath: string, customerId: string, label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
        LOOP,
        dbPath,
        customerId,
        String(COUNT),
        label,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      if (code === 0) resolve(Number.parseInt(output.trim(), 10));
      else reject(new Error(`instance ${label} exited with ${String(code)}`));
    });
  });
}

describe('two instances on one file', () => {
  it('lose no update when both write at once', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath });
    const customerId = await givenCustomer(t);
    t.backend.close();
    const refused = await Promise.all([
      instance(dbPath, customerId, 'a'),
      instance(dbPath, customerId, 'b'),
    ]);
    expect(refused).toEqual([0, 0]);
    const again = givenBackend({ dbPath });
    expect((await again.call('balance.get', { customerId })).balance).toBe(`${2 * COUNT}.00`);
    expect((await again.call('audit.verify', {})).ok).toBe(true);
    again.backend.close();
  });

  it('answers CONFLICT, changing nothing, when the other instance holds the file too long', async () => {
    const dbPath = tempDbPath();
    const t = givenBackend({ dbPath, busyTimeoutMs: 50 });
    const customerId = await givenCustomer(t);
    const other = new Database(dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const error = await t.fail('balance.topUp', {
        customerId,
        amount: '5.00',
        kind: 'paid',
        requestId: 'held',
      });
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('busy');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const retried = await t.call('balance.topUp', {
      customerId,
      amount: '5.00',
      kind: 'paid',
      requestId: 'held',
    });
    expect(retried.balance.balance).toBe('5.00');
    t.backend.close();
  });
});
