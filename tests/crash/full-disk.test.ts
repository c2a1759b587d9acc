/**
 * Proves a full disk loses nothing: on a small filesystem filled to the brim, writes fail with a
 * typed error and leave no half-written record, and the same running engine works again once
 * space is back. Needs root to mount a tmpfs, as on CI and the development machines.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid, topUp } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

function canMount(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0;
}

let mounted: string | null = null;

afterEach(() => {
  if (mounted) execFileSync('umount', [mounted]);
  mounted = null;
});

function fill(folder: string): string {
  const filler = path.join(folder, 'filler');
  const handle = fs.openSync(filler, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(handle, block);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(handle);
  }
  return filler;
}

describe('a full disk', () => {
  it.runIf(canMount())(
    'refuses writes with a typed error and recovers when space is back',
    async () => {
      const folder = path.dirname(tempDbPath());
      const disk = path.join(folder, 'small-disk');
      fs.mkdirSync(disk);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk]);
      mounted = disk;
      const t = givenBackend({ dbPath: path.join(disk, 'ledger.sqlite') });
      const customerId = await givenCustomer(t);
      await topUp(t, customerId, '10.00');
      const filler = fill(disk);
      const reason = 'x'.repeat(1500);
      let accepted = 1;
      let refusal = null;
      for (let attempt = 0; attempt < 400 && refusal === null; attempt += 1) {
        const result = await t.backend.invoke('balance.topUp', {
          customerId,
          amount: '10.00',
          kind: 'paid',
          reason,
          requestId: rid(),
        });
        if (result.ok) accepted += 1;
        else refusal = result.error;
      }
      expect(refusal).toMatchObject({ code: 'CONFLICT' });
      expect(refusal?.message).toContain('disk is full');
      fs.rmSync(filler);
      const balance = await t.call('balance.get', { customerId });
      expect(balance.balance).toBe(`${accepted * 10}.00`);
      const history = await t.call('balance.history', { customerId, limit: 500 });
      expect(history.items).toHaveLength(accepted);
      expect((await t.call('audit.verify', {})).ok).toBe(true);
      const after = await topUp(t, customerId, '10.00');
      expect(after.balance.balance).toBe(`${(accepted + 1) * 10}.00`);
      t.backend.close();
    },
  );
});
