/**
 * Test support for backups: a real ledger file on a fake clock, its balances, file hashes, and
 * restore options whose close and reopen act on that ledger.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../electron/backend/db/open.ts';
import { restoreBackup } from '../../electron/backup/restore.ts';
import { createBackend, type Backend } from '../../electron/backend/index.ts';
import type { Balance, Customer } from '../../shared/contract/types.ts';
import { fakeClock, rid, type FakeClock } from '../support/backend.ts';
import { tempDbPath } from '../support/temp-file.ts';

export const TIME_ZONE = 'Europe/Brussels';

export type Ledger = {
  dbPath: string;
  dataDir: string;
  backupsDir: string;
  clock: FakeClock;
  backend: Backend;
  open(): Backend;
};

/** A ledger file in its own temporary folder, open through a real engine. */
export function givenLedger(start = '2026-03-01T09:00:00Z'): Ledger {
  const dbPath = tempDbPath();
  const dataDir = path.dirname(dbPath);
  const clock = fakeClock(start);
  const ledger: Ledger = {
    dbPath,
    dataDir,
    backupsDir: path.join(dataDir, 'backups'),
    clock,
    backend: createBackend({ dbPath, now: clock.now, timeZone: TIME_ZONE }),
    open: () => {
      ledger.backend = createBackend({ dbPath, now: clock.now, timeZone: TIME_ZONE });
      return ledger.backend;
    },
  };
  return ledger;
}

export async function call(backend: Backend, channel: string, input: unknown): Promise<unknown> {
  const result = await backend.invokeUnknown(channel, input);
  if (!result.ok) expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

export async function givenCustomerWithCredit(backend: Backend, name: string, amount: string) {
  const customer = (await call(backend, 'customers.create', {
    name,
    currency: 'EUR',
    requestId: rid('customer'),
  })) as Customer;
  await call(backend, 'balance.topUp', {
    customerId: customer.id,
    amount,
    kind: 'paid',
    requestId: rid('topup'),
  });
  return customer.id;
}

/** Every customer's name and balance, in name order. */
export async function balances(backend: Backend): Promise<Record<string, string>> {
  const listed = (await call(backend, 'customers.list', {})) as { items: Customer[] };
  const entries = await Promise.all(
    listed.items.map(async (customer) => {
      const balance = (await call(backend, 'balance.get', { customerId: customer.id })) as Balance;
      return [customer.name, balance.balance] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([left], [right]) => left.localeCompare(right)));
}

export function hashOf(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Options to restore `backupFile` over the ledger, with spies on closing and reopening it. */
export function restoreOptions(ledger: Ledger, backupFile: string) {
  const closeCurrent = vi.fn(() => {
    ledger.backend.close();
  });
  const reopen = vi.fn(() => {
    ledger.open();
  });
  const options = {
    dbPath: ledger.dbPath,
    backupFile,
    backupsDir: ledger.backupsDir,
    closeCurrent,
    reopen,
    now: ledger.clock.now,
    timeZone: TIME_ZONE,
    migrationsFolder: DEFAULT_MIGRATIONS_FOLDER,
  };
  return { options, closeCurrent, reopen };
}

/** Restores `candidate` expecting a refusal that leaves the ledger untouched; returns its words. */
export async function restoreRefusal(ledger: Ledger, candidate: string): Promise<string> {
  const { options, closeCurrent } = restoreOptions(ledger, candidate);
  const before = hashOf(ledger.dbPath);
  const refused = await restoreBackup(options);
  expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'backupFile' } });
  expect(closeCurrent).not.toHaveBeenCalled();
  expect(hashOf(ledger.dbPath)).toBe(before);
  return refused.ok ? '' : refused.error.message;
}
