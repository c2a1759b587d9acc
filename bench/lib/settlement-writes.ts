/**
 * The settlement benchmark's writes through `invoke`, one call and one transaction each: issuing
 * every draft (numbering, then settlement from the balance), then recording a payment against
 * every invoice left open. Timed in rounds that alternate with the raw baselines' rounds (single-
 * row commits, and the replay of the engine's own statements), so all see the same disk whatever
 * else the machine is doing. The same scenario, untimed, is the replay's rehearsal.
 */
import Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend/index.ts';
import type { Invoice } from '../../shared/contract/types.ts';
import { callTyped } from './engine.ts';
import { centsToText, textToCents } from './money-text.ts';
import type { Random } from './random.ts';
import { DRAFT_MEMO } from './settlement-setup.ts';
import { nowMs, perSecond, summarize, type Summary } from './stats.ts';

export type Draft = { id: string; customerId: string; memo: string };
/** A raw baseline timed in rounds: `round(count)` does `count` more of its commits. */
export type RawRound = { round(count: number): void; commitsPerSecond(): number };
export type Baselines = { single: RawRound; replay: RawRound };
export type Timed = {
  perSecond: number;
  latency: Summary;
  rawPerSecond: number;
  replayPerSecond: number;
};
export type IssueFigures = Timed & { full: number; part: number; open: Invoice[] };
export type PaymentFigures = Timed & { paid: number; overpaid: number };

/** Every draft in creation order. */
export function readDrafts(path: string): Draft[] {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return sqlite
      .prepare<[], Draft>(
        `SELECT id, customer_id AS customerId, memo FROM invoices
         WHERE status = 'draft' ORDER BY rowid`,
      )
      .all();
  } finally {
    sqlite.close();
  }
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Times `run(count)` in rounds, for a baseline that only knows how to run. */
export function metered(run: (count: number) => void): RawRound {
  let done = 0;
  let elapsedMs = 0;
  return {
    round: (count) => {
      const started = nowMs();
      run(count);
      elapsedMs += nowMs() - started;
      done += count;
    },
    commitsPerSecond: () => perSecond(done, elapsedMs),
  };
}

/** Baselines that do nothing, for the untimed rehearsal. */
export const NO_BASELINES: Baselines = {
  single: { round: () => undefined, commitsPerSecond: () => Number.NaN },
  replay: { round: () => undefined, commitsPerSecond: () => Number.NaN },
};

/** Runs `work` on every item, in `rounds` timed rounds each preceded by baseline rounds as long. */
async function interleaved<T>(
  items: readonly T[],
  rounds: number,
  raw: Baselines,
  work: (item: T) => Promise<void>,
): Promise<Timed> {
  const samples: number[] = [];
  let elapsedMs = 0;
  const size = Math.ceil(items.length / rounds);
  for (let from = 0; from < items.length; from += size) {
    const chunk = items.slice(from, from + size);
    raw.single.round(chunk.length);
    raw.replay.round(chunk.length);
    const started = nowMs();
    for (const item of chunk) {
      const before = nowMs();
      await work(item);
      samples.push(nowMs() - before);
    }
    elapsedMs += nowMs() - started;
  }
  return {
    perSecond: perSecond(samples.length, elapsedMs),
    latency: summarize(samples),
    rawPerSecond: raw.single.commitsPerSecond(),
    replayPerSecond: raw.replay.commitsPerSecond(),
  };
}

function issue(backend: Backend, draft: Draft): Promise<Invoice> {
  return callTyped(backend, 'invoices.issue', {
    invoiceId: draft.id,
    requestId: `bench-issue-${draft.id}`,
  });
}

/** Issues the warm-up drafts untimed and returns the invoices they left open. */
async function warmUpIssues(backend: Backend, drafts: readonly Draft[]): Promise<Invoice[]> {
  const open: Invoice[] = [];
  for (const draft of drafts) {
    const invoice = await issue(backend, draft);
    if (invoice.status === 'open') open.push(invoice);
  }
  return open;
}

async function issueAll(
  backend: Backend,
  drafts: readonly Draft[],
  options: { rounds: number; raw: Baselines },
): Promise<IssueFigures> {
  const open: Invoice[] = [];
  let full = 0;
  const timed = await interleaved(drafts, options.rounds, options.raw, async (draft) => {
    const invoice = await issue(backend, draft);
    const isFull = invoice.status === 'paid';
    const isPart = invoice.status === 'open' && textToCents(invoice.creditApplied) > 0;
    if (isFull !== (draft.memo === DRAFT_MEMO.full) || (!isFull && !isPart)) {
      throw new Error(`invoice ${invoice.id} (${draft.memo}) was not settled as planned`);
    }
    if (isFull) full += 1;
    else open.push(invoice);
  });
  return { ...timed, full, part: open.length, open };
}

/** Pays every open invoice: what is due, or 10.00 more for one in five (an overpayment). */
async function payAll(
  backend: Backend,
  open: readonly Invoice[],
  options: { rounds: number; raw: Baselines; receivedOn: string },
): Promise<PaymentFigures> {
  let overpaid = 0;
  let index = 0;
  const timed = await interleaved(open, options.rounds, options.raw, async (invoice) => {
    index += 1;
    const isOverpaid = index % 5 === 0;
    await pay(backend, invoice, { isOverpaid, receivedOn: options.receivedOn });
    if (isOverpaid) overpaid += 1;
  });
  return { ...timed, paid: open.length, overpaid };
}

/** Pays the warm-up invoices, untimed. */
async function warmUpPayments(
  backend: Backend,
  open: readonly Invoice[],
  receivedOn: string,
): Promise<void> {
  for (const invoice of open) await pay(backend, invoice, { isOverpaid: false, receivedOn });
}

async function pay(
  backend: Backend,
  invoice: Invoice,
  how: { isOverpaid: boolean; receivedOn: string },
): Promise<void> {
  const amount = how.isOverpaid
    ? centsToText(textToCents(invoice.amountDue) + 1_000)
    : invoice.amountDue;
  const result = await callTyped(backend, 'payments.record', {
    customerId: invoice.customerId,
    amount,
    method: 'bank_transfer',
    receivedOn: how.receivedOn,
    invoiceId: invoice.id,
    requestId: `bench-payment-${invoice.id}`,
  });
  if (result.invoice?.status !== 'paid') throw new Error(`invoice ${invoice.id} is not paid`);
}

export type Scenario = {
  warmUp: readonly Draft[];
  timed: readonly Draft[];
  rounds: number;
  receivedOn: string;
  issueRaw: Baselines;
  payRaw: Baselines;
  /** Told how many untimed calls were just made (warm-up), so a replay can skip as many. */
  untimed: (calls: number) => void;
};

/** Warm-up issues, timed issues, warm-up payments, timed payments: always in this order. */
export async function runScenario(
  backend: Backend,
  scenario: Scenario,
): Promise<{ issues: IssueFigures; payments: PaymentFigures }> {
  const { rounds, receivedOn } = scenario;
  const warmOpen = await warmUpIssues(backend, scenario.warmUp);
  scenario.untimed(scenario.warmUp.length);
  const issues = await issueAll(backend, scenario.timed, { rounds, raw: scenario.issueRaw });
  await warmUpPayments(backend, warmOpen, receivedOn);
  scenario.untimed(warmOpen.length);
  const payments = await payAll(backend, issues.open, {
    rounds,
    raw: scenario.payRaw,
    receivedOn,
  });
  return { issues, payments };
}
