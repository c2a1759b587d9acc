/**
 * `node bench/import-parse.ts`: a benchmark (never a test) of the pure half of import (#14):
 * reading from disk and previewing a 100,000-row history file for 1,000 customers, a
 * 100,000-row customers file padded with long addresses to just under the 50 MB cap, and a
 * 10,000-row customers file. Each case runs in a child process of its own, so its peak resident
 * memory (maxRSS, the whole process) is its own; the issue's cap is 300 MB for a 100,000-row
 * file. Each runs twice: with V8's default young generation, and with it held to 2 MB a
 * semi-space (what a worker thread's `resourceLimits.maxYoungGenerationSizeMb` would set).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IMPORT_FILE_BYTES_MAX, IMPORT_ROWS_MAX } from '../electron/backend/imports/limits.ts';
import { loadImportFile } from '../electron/backend/imports/load-file.ts';
import { previewImport } from '../electron/backend/imports/preview.ts';
import type { ExistingCustomer } from '../electron/backend/imports/customer-match.ts';
import type { ImportKind } from '../shared/contract/schemas/imports.ts';
import { describeMachine } from './lib/machine.ts';
import { nowMs } from './lib/stats.ts';

const MB = 1024 * 1024;
const RSS_CAP_MB = 300;
const SMALL_YOUNG = '--max-semi-space-size=2';
const FOLDER = path.join(os.tmpdir(), 'balancebook-import-bench');

type Case = { name: string; kind: ImportKind; write: () => string; customers: number };
type Figures = {
  rows: number;
  fileMb: number;
  readMs: number;
  previewMs: number;
  problems: number;
  peakRssMb: number;
};

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function day(index: number): string {
  const date = new Date(Date.UTC(2020, 0, 1) + (index % 2000) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** History rows, amounts in cents written as decimal strings without a float. */
function historyLines(rows: number): string[] {
  const lines = ['customer_external_id,currency,occurred_on,amount,description'];
  for (let index = 0; index < rows; index += 1) {
    const customer = index % 1000;
    const cents = ((index * 7919) % 500_000) + 1;
    const sign = index % 4 === 3 ? '-' : '';
    const amount = `${sign}${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const currency = customer % 3 === 0 ? 'USD' : 'EUR';
    lines.push(`C-${customer},${currency},${day(index)},${amount},Entry ${index}`);
  }
  return lines;
}

function customerLines(rows: number, addressChars: number): string[] {
  const lines = ['external_id,name,currency,email,address,payment_terms_days'];
  const address = `"${'Street 1, '.repeat(Math.ceil(addressChars / 10)).slice(0, addressChars)}"`;
  for (let index = 0; index < rows; index += 1) {
    lines.push(`N-${index},"Customer ${index}, Ltd",EUR,n${index}@example.test,${address},30`);
  }
  return lines;
}

// About 520 bytes a row brings 100,000 rows just under 50 MiB.
const PADDED_ADDRESS = Math.floor(IMPORT_FILE_BYTES_MAX / IMPORT_ROWS_MAX) - 70;

const CASES: Case[] = [
  {
    name: 'history',
    kind: 'balance_history',
    write: () => file('history', historyLines(IMPORT_ROWS_MAX)),
    customers: 1000,
  },
  {
    name: 'padded',
    kind: 'customers',
    write: () => file('padded', customerLines(IMPORT_ROWS_MAX, PADDED_ADDRESS)),
    customers: 0,
  },
  {
    name: 'customers',
    kind: 'customers',
    write: () => file('customers', customerLines(10_000, 20)),
    customers: 0,
  },
];

function file(name: string, lines: string[]): string {
  fs.mkdirSync(FOLDER, { recursive: true });
  const target = path.join(FOLDER, `${name}.csv`);
  fs.writeFileSync(target, `${lines.join('\r\n')}\r\n`);
  return target;
}

function existing(count: number): ExistingCustomer[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `c${index}`,
    externalId: `C-${index}`,
    name: `Customer ${index}`,
    email: `c${index}@example.test`,
    currency: index % 3 === 0 ? 'USD' : 'EUR',
  }));
}

/** In the child: read and preview one file, then report the process's figures. */
async function measure(kind: ImportKind, filePath: string, customers: number): Promise<Figures> {
  const readStart = nowMs();
  const loaded = await loadImportFile(filePath, () => Promise.resolve());
  const readMs = nowMs() - readStart;
  const previewStart = nowMs();
  const preview = previewImport({
    kind,
    table: loaded,
    sha256: loaded.sha256,
    mapping: {},
    customers: existing(customers),
    today: '2026-12-04',
  });
  return {
    rows: loaded.rows.length,
    fileMb: loaded.bytes / MB,
    readMs,
    previewMs: nowMs() - previewStart,
    problems: preview.problemCount,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}

function inChild(item: Case, filePath: string, flags: string[]): Figures {
  const args = [
    ...process.execArgv,
    ...flags,
    import.meta.filename,
    item.kind,
    filePath,
    String(item.customers),
  ];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`case ${item.name} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
}

function line(name: string, young: string, figures: Figures): string {
  const isWithin = figures.peakRssMb < RSS_CAP_MB && figures.problems === 0;
  return [
    name.padEnd(10),
    young.padEnd(8),
    String(figures.rows).padStart(7),
    figures.fileMb.toFixed(1).padStart(8),
    figures.readMs.toFixed(0).padStart(8),
    figures.previewMs.toFixed(0).padStart(10),
    String(figures.problems).padStart(8),
    figures.peakRssMb.toFixed(0).padStart(12),
    isWithin ? `  pass (< ${RSS_CAP_MB} MB)` : '  FAIL',
  ].join(' ');
}

function main(): void {
  say('Balancebook import parsing benchmark (a benchmark, not a test)');
  for (const text of describeMachine()) say(text);
  say();
  say('case       young       rows  file MB  read ms  preview ms  problems  peak RSS MB  result');
  for (const item of CASES) {
    const filePath = item.write();
    say(line(item.name, 'default', inChild(item, filePath, [])));
    say(line(item.name, '2 MB', inChild(item, filePath, [SMALL_YOUNG])));
  }
  fs.rmSync(FOLDER, { recursive: true, force: true });
}

const [kind, filePath, customers] = process.argv.slice(2);
if (kind !== undefined && filePath !== undefined) {
  say(JSON.stringify(await measure(kind as ImportKind, filePath, Number(customers))));
} else {
  main();
}
