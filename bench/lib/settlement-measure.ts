/**
 * The measuring half of `npm run bench:settlement`, in its own process once the files are ready:
 * an untimed rehearsal on a copy records the statements of every call (replay.ts); then issuing
 * with settlement and paying open invoices through `invoke`, in rounds alternating with raw
 * single-row commits and with the raw replay of the rehearsal's statements on another copy; then
 * reading invoices on the 100,000-invoice file next to raw SELECTs. Prints the table and hands
 * its headline figures to `npm run bench`.
 * Usage: settlement-measure.ts '<SettlementRequest as JSON>'
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { callTyped, openBackend, type Clock } from './engine.ts';
import { createRandom } from './random.ts';
import { rawWriter } from './raw.ts';
import { rawInvoiceReads } from './raw-reads.ts';
import { capturing, copyOf, replayer, type CallLog } from './replay.ts';
import * as report from './report.ts';
import {
  PAGE,
  settlementHeadlines,
  settlementRows,
  type Figures,
  type ReadFigures,
  type WriteFigures,
} from './settlement-rows.ts';
import { removeLedgerFiles } from './seed.ts';
import { DATA_DIR, FIXED_NOW } from './settings.ts';
import { DRAFT_MEMO } from './settlement-setup.ts';
import {
  metered,
  NO_BASELINES,
  readDrafts,
  runScenario,
  shuffled,
  type Scenario,
} from './settlement-writes.ts';
import { sampleAsync, summarize } from './stats.ts';
import { emitSummary } from './summary.ts';

export type SettlementRequest = {
  draftsPath: string;
  setupMs: number;
  rounds: number;
  samples: number;
  invoices: { path: string; listCustomerId: string; count: number } | null;
};

const WARM_UP_READS = 100;
const clock: Clock = { now: () => new Date(FIXED_NOW) };
const RAW_PATHS = {
  issues: path.join(DATA_DIR, 'raw-baseline-issues.sqlite'),
  payments: path.join(DATA_DIR, 'raw-baseline-payments.sqlite'),
};

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function writes(request: SettlementRequest): Promise<WriteFigures> {
  const drafts = readDrafts(request.draftsPath);
  const warmUp = drafts.filter((draft) => draft.memo === DRAFT_MEMO.warmUp);
  const timed = shuffled(
    drafts.filter((draft) => draft.memo !== DRAFT_MEMO.warmUp),
    createRandom(7),
  );
  const plan = { warmUp, timed, rounds: request.rounds, receivedOn: FIXED_NOW.slice(0, 10) };
  const replayPath = copyOf(request.draftsPath, 'replay');
  const calls = await rehearse(copyOf(request.draftsPath, 'rehearsal'), plan);
  const replay = replayer(replayPath, calls);
  const issueSingle = rawWriter(RAW_PATHS.issues);
  const paySingle = rawWriter(RAW_PATHS.payments);
  const backend = openBackend(request.draftsPath, clock);
  try {
    const figures = await runScenario(backend, {
      ...plan,
      issueRaw: { single: issueSingle, replay: metered(replay.replay) },
      payRaw: { single: paySingle, replay: metered(replay.replay) },
      untimed: replay.replay,
    });
    const issueCalls = warmUp.length + timed.length;
    const statements = {
      issue: perCall(calls.slice(0, issueCalls)),
      payment: perCall(calls.slice(issueCalls)),
    };
    return { ...figures, warmUp: warmUp.length, statements };
  } finally {
    backend.close();
    for (const done of [replay, issueSingle, paySingle]) done.close();
    removeLedgerFiles(request.draftsPath);
  }
}

/** The same scenario, untimed, on a copy, recording every statement each call runs. */
async function rehearse(
  file: string,
  plan: Omit<Scenario, 'issueRaw' | 'payRaw' | 'untimed'>,
): Promise<CallLog[]> {
  const capture = capturing(openBackend(file, clock));
  try {
    await runScenario(capture.backend, {
      ...plan,
      issueRaw: NO_BASELINES,
      payRaw: NO_BASELINES,
      untimed: () => undefined,
    });
    return capture.calls;
  } finally {
    capture.stop();
    capture.backend.close();
    removeLedgerFiles(file);
  }
}

function perCall(calls: readonly CallLog[]): number {
  return calls.reduce((total, log) => total + log.length, 0) / calls.length;
}

async function reads(
  subject: NonNullable<SettlementRequest['invoices']>,
  samples: number,
): Promise<ReadFigures> {
  const invoiceIds = sampleIds(subject.path, samples);
  const backend = openBackend(subject.path, clock);
  try {
    const page = await callTyped(backend, 'invoices.list', {
      customerId: subject.listCustomerId,
      limit: PAGE,
    });
    if (page.items.length !== PAGE) throw new Error(`invoices.list gave ${page.items.length}`);
    let next = 0;
    const get = () => {
      const invoiceId = invoiceIds[next % invoiceIds.length];
      next += 1;
      return callTyped(backend, 'invoices.get', { invoiceId });
    };
    const list = () =>
      callTyped(backend, 'invoices.list', { customerId: subject.listCustomerId, limit: PAGE });
    await sampleAsync(WARM_UP_READS, get);
    const getSamples = await sampleAsync(samples, get);
    await sampleAsync(WARM_UP_READS, list);
    const listSamples = await sampleAsync(samples, list);
    const raw = rawInvoiceReads(
      subject.path,
      { invoiceIds, customerId: subject.listCustomerId, pageSize: PAGE },
      samples,
    );
    return {
      get: summarize(getSamples),
      list: summarize(listSamples),
      rawGet: raw.get,
      rawList: raw.list,
    };
  } finally {
    backend.close();
  }
}

/** `count` invoice ids picked at random over the whole file. */
function sampleIds(file: string, count: number): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const all = sqlite
      .prepare<[], { id: string }>('SELECT id FROM invoices ORDER BY rowid')
      .all()
      .map((row) => row.id);
    const random = createRandom(11);
    return Array.from({ length: count }, () => random.pick(all));
  } finally {
    sqlite.close();
  }
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '') as SettlementRequest;
  const written = await writes(request);
  const read = request.invoices ? await reads(request.invoices, request.samples) : null;
  const figures: Figures = { ...written, reads: read };
  const table = settlementRows(request, figures);
  say();
  say(report.formatTable(table));
  const missed = table.filter((row) => row.result === 'FAIL').length;
  say();
  say(missed === 0 ? 'every target met' : `${missed} target(s) missed`);
  emitSummary({
    script: 'settlement',
    headlines: settlementHeadlines(figures),
    skipped: read ? [] : ['invoice reads on the 100,000-invoice file'],
  });
}

await main();
