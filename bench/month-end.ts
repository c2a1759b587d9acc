/**
 * `npm run bench:month-end`: a benchmark (never a test) of the month-end run with kept statements
 * (SPEC 11). On a fresh ledger file of 1,000 customers (a top-up and a charge each), the engine
 * exports one statement PDF per customer (each kept as a snapshot) and writes its email draft,
 * one after another as the renderer's run does: total time (target < 60 s) and peak resident
 * memory after 100 and after 1,000 customers (target: under +50 MB between them). Then what the
 * snapshots cost the book file, per statement and for a year of monthly statements for 1,000
 * customers, and a ledger read (`balance.history`) before and after, to show the separate BLOB
 * table leaves it alone. The run's CPU time is given beside its wall time (others' load inflates
 * the wall time). `BENCH_MONTH_END_NAMES=embedded` names the customers in Polish, so every
 * statement embeds its fonts instead of using Helvetica (pdf/fonts.ts). The heap is sized as
 * the hosts size it (bench/lib/host-heap.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../electron/backend/index.ts';
import type { ChannelCallInput, ChannelName, ChannelOutput } from '../shared/contract/channels.ts';
import { sizeHeapAsHosts } from './lib/host-heap.ts';
import { describeMachine } from './lib/machine.ts';
import { emitSummary } from './lib/summary.ts';

const CUSTOMERS = Number(process.env.BENCH_MONTH_END_CUSTOMERS ?? 1000);
/** `embedded` names the customers in Polish (Łódź), so every statement embeds its fonts. */
const NAMES = process.env.BENCH_MONTH_END_NAMES === 'embedded' ? 'Klient Łódź' : 'Customer';
const MONTH = { from: '2026-03-01', to: '2026-03-31' };
const MB = 1024 * 1024;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function call<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: ChannelCallInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await backend.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function seed(backend: Backend): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < CUSTOMERS; index += 1) {
    const customer = await call(backend, 'customers.create', {
      name: `${NAMES} ${String(index).padStart(4, '0')}`,
      currency: 'EUR',
      email: `billing${index}@example.test`,
      requestId: `c-${index}`,
    });
    await call(backend, 'balance.topUp', {
      customerId: customer.id,
      amount: '500.00',
      kind: 'paid',
      requestId: `t-${index}`,
    });
    await call(backend, 'balance.charge', {
      customerId: customer.id,
      amount: '120.50',
      description: 'Support hours',
      requestId: `h-${index}`,
    });
    ids.push(customer.id);
  }
  return ids;
}

async function historyMs(backend: Backend, customerId: string): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < 200; round += 1) {
    await call(backend, 'balance.history', { customerId });
  }
  return (performance.now() - started) / 200;
}

async function main(): Promise<void> {
  say('Balancebook month-end benchmark (a benchmark, not a test)');
  sizeHeapAsHosts();
  for (const line of describeMachine()) say(line);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balancebook-month-end-'));
  const dbPath = path.join(folder, 'ledger.sqlite');
  const backend = createBackend({
    dbPath,
    now: () => new Date('2026-04-01T08:00:00Z'),
    timeZone: 'Europe/Brussels',
  });
  try {
    const ids = await seed(backend);
    const first = ids[0] ?? '';
    const historyBefore = await historyMs(backend, first);
    const sizeBefore = fs.statSync(dbPath).size;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let rssAfter100 = 0;
    let pdfBytes = 0;
    for (const [index, customerId] of ids.entries()) {
      const stem = path.join(folder, `statement-${index}`);
      const pdf = await call(backend, 'statements.exportPdf', {
        customerId,
        ...MONTH,
        path: `${stem}.pdf`,
      });
      pdfBytes += pdf.bytes;
      await call(backend, 'statements.draft', { snapshotId: pdf.snapshotId, path: `${stem}.eml` });
      fs.rmSync(`${stem}.pdf`);
      fs.rmSync(`${stem}.eml`);
      if (index === 99) rssAfter100 = peakRssMb();
    }
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const rssAfterAll = peakRssMb();
    await call(backend, 'audit.verify', {}).catch(() => undefined);
    const historyAfter = await historyMs(backend, first);
    report({
      totalMs,
      cpuMs,
      rssAfter100,
      rssAfterAll,
      perStatementBytes: (fs.statSync(dbPath).size - sizeBefore) / ids.length,
      pdfBytes: pdfBytes / ids.length,
      historyBefore,
      historyAfter,
    });
  } finally {
    backend.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function report(figures: {
  totalMs: number;
  cpuMs: number;
  rssAfter100: number;
  rssAfterAll: number;
  perStatementBytes: number;
  pdfBytes: number;
  historyBefore: number;
  historyAfter: number;
}): void {
  const growth = figures.rssAfterAll - figures.rssAfter100;
  const yearMb = (figures.perStatementBytes * 12 * 1000) / MB;
  say(`customers: ${CUSTOMERS}`);
  say(
    `month-end run (export + snapshot + draft each): ${(figures.totalMs / 1000).toFixed(1)} s ` +
      `(target < 60 s: ${figures.totalMs < 60_000 ? 'pass' : 'FAIL'})`,
  );
  // On a shared machine the wall time mostly measures the others' load; the CPU time does not.
  say(`  of which CPU time (user + system): ${(figures.cpuMs / 1000).toFixed(1)} s`);
  say(
    `peak RSS after 100: ${figures.rssAfter100.toFixed(0)} MB, after ${CUSTOMERS}: ` +
      `${figures.rssAfterAll.toFixed(0)} MB, growth ${growth.toFixed(1)} MB ` +
      `(target < +50 MB: ${growth < 50 ? 'pass' : 'FAIL'})`,
  );
  say(`statement PDF: ${(figures.pdfBytes / 1024).toFixed(1)} KiB on average`);
  say(
    `book file per kept statement: ${(figures.perStatementBytes / 1024).toFixed(1)} KiB; ` +
      `a year of monthly statements for 1,000 customers: ${yearMb.toFixed(0)} MB`,
  );
  say(
    `balance.history before: ${figures.historyBefore.toFixed(3)} ms, after: ` +
      `${figures.historyAfter.toFixed(3)} ms`,
  );
  emitSummary({ script: 'month-end', headlines: [], skipped: [] });
}

await main();
