/**
 * Test support for the imports channels: CSV files written into a folder removed after the test,
 * the calls of a preview, commit and undo with their usual inputs, and a book's state read back
 * (customers, balances with lots, open invoices) to compare.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { ImportKind } from '../../../shared/contract/schemas/imports.ts';
import { rid, type TestBackend } from '../../support/backend.ts';

/** Writes `lines` as a CSV file in a fresh folder; returns its path. */
export function givenCsv(name: string, ...lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-import-'));
  onTestFinished(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export const CUSTOMERS = [
  'external_id,name,currency,email',
  'C-1,Acme Studio,USD,acme@example.com',
  'C-2,Birch Ltd,USD,birch@example.com',
];

export const LOTS = [
  'customer_external_id,currency,amount,kind,expires_on,opened_on',
  'C-1,USD,100.00,paid,,2026-01-01',
  'C-1,USD,20.00,promotional,2026-06-30,2026-01-01',
  'C-2,USD,50.00,paid,,2026-02-01',
];

export async function commit(
  t: TestBackend,
  file: { path: string; kind: ImportKind },
  extra: {
    skipRefused?: boolean;
    requestId?: string;
    actorId?: string;
    options?: { sheet?: string };
  } = {},
) {
  const { actorId, ...rest } = extra;
  return t.call(
    'imports.commit',
    { path: file.path, kind: file.kind, mapping: {}, requestId: rid('import'), ...rest },
    actorId,
  );
}

/** The customers file above, imported; returns the ids of C-1 and C-2. */
export async function givenCustomersImported(t: TestBackend): Promise<[string, string]> {
  await commit(t, { path: givenCsv('customers.csv', ...CUSTOMERS), kind: 'customers' });
  const list = await t.call('customers.list', {});
  const idOf = (name: string) => list.items.find((item) => item.name === name)?.id ?? '';
  return [idOf('Acme Studio'), idOf('Birch Ltd')];
}

export async function undo(t: TestBackend, batchId: string, reason = 'Wrong file') {
  return t.call('imports.undo', { batchId, reason, requestId: rid('undo') });
}

export async function verified(t: TestBackend): Promise<string[]> {
  return (await t.call('audit.verify', {})).problems;
}
