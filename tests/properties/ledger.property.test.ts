/**
 * Proves that random runs of top-ups, adjustments, charges, refunds, repeated requests and clock
 * moves leave the engine's balances, grants, history and step outcomes exactly where an
 * independent model of SPEC 2 puts them, with `audit.verify` clean after every step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BalanceChange, LedgerEntry } from '../../shared/contract/types.ts';
import type { Result } from '../../shared/errors.ts';
import { addDays } from '../../shared/dates.ts';
import { givenBackend, givenCustomer, rid, type TestBackend } from '../support/backend.ts';
import {
  adjust,
  advanceClock,
  charge,
  createModel,
  money,
  refund,
  refundable,
  today,
  topUp,
  type GrantKind,
  type LedgerModel,
  type ModelCustomer,
  type ModelEntry,
  type ModelOutcome,
} from './ledger-model.ts';
import { balanceView, entryView, modelBalanceView, modelEntryView } from './ledger-views.ts';
import { scaledTimeout } from '../support/timeouts.ts';

/** Evenings in Auckland: in summer, a few days before daylight saving ends, before it starts. */
const STARTS = ['2026-03-01T09:00:00Z', '2026-04-02T09:00:00Z', '2026-09-24T09:00:00Z'];
/** Far from UTC (+13 in summer, +12 in winter), so day ends are never at UTC midnight. */
const ZONE = 'Pacific/Auckland';
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const SEED = Number(process.env.PROPERTY_SEED ?? 20260301);
const ACTIONS_MAX = 40;
/** More pages than any run can fill; a loop past it means the cursor never ends. */
const HISTORY_PAGES_MAX = 1000;

/** A fixed amount in cents, or a percentage of what the rules allow at that moment. */
type Amount = { cents: number } | { percent: number };

type Action =
  | { kind: 'topUp'; customer: number; cents: number; grant: GrantKind; expiresIn: number | null }
  | { kind: 'adjust'; customer: number; direction: 'credit' | 'debit'; cents: number }
  | { kind: 'charge'; customer: number; amount: Amount }
  | { kind: 'refund'; customer: number; amount: Amount }
  | { kind: 'advance'; days: number; hours: number; minutes: number }
  | { kind: 'repeat'; pick: number };

type Scenario = { start: string; customers: number; pageSize: number; actions: Action[] };

/** A mutating request the engine accepted, kept so that it can be sent again. */
type Sent = { channel: string; input: object; data: unknown };

type Run = {
  t: TestBackend;
  model: LedgerModel;
  customerIds: string[];
  /** Engine grant id -> model grant id, bound when a credit forms a grant. */
  grantIds: Map<string, string>;
  accepted: Sent[];
  pageSize: number;
};

const cents = fc.oneof(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: 50_000 }));
const amount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 1, arbitrary: cents.map((value) => ({ cents: value })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 120 }).map((percent) => ({ percent })) },
);
const customer = fc.integer({ min: 0, max: 2 });

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('topUp' as const),
      customer,
      cents,
      grant: fc.constantFrom<GrantKind>('paid', 'promotional'),
      // -1 asks for yesterday, which the engine must refuse. Short expiries are favoured so that
      // grants often expire before they are spent and often share their expiry day.
      expiresIn: fc.option(
        fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: -1, max: 3 }) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }) },
        ),
        { freq: 2 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('adjust' as const),
      customer,
      direction: fc.constantFrom('credit' as const, 'debit' as const),
      cents,
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('charge' as const), customer, amount }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('refund' as const), customer, amount }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      days: fc.integer({ min: 0, max: 5 }),
      hours: fc.integer({ min: 0, max: 23 }),
      // Whole hours land exactly on local midnight; 59 lands a minute before the next hour.
      minutes: fc.constantFrom(0, 0, 0, 59),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat() }) },
);

const scenario: fc.Arbitrary<Scenario> = fc.record({
  start: fc.constantFrom(...STARTS),
  customers: fc.integer({ min: 1, max: 3 }),
  pageSize: fc.integer({ min: 2, max: 30 }),
  // size 'max' spreads lengths over the whole range instead of favouring short runs.
  // No minLength: with one, fast-check's shrinker could never drop the last action.
  actions: fc.array(action, { maxLength: ACTIONS_MAX, size: 'max' }),
});

describe('the ledger against its reference model', () => {
  it(
    'agrees after every step of a random run',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, runScenario), { numRuns: RUNS, seed: SEED });
    },
    scaledTimeout({ count: RUNS, eachMs: 3_000, floorMs: 120_000 }),
  );
});

async function runScenario(plan: Scenario): Promise<void> {
  const t = givenBackend({ start: plan.start, timeZone: ZONE });
  try {
    const customerIds: string[] = [];
    for (let index = 0; index < plan.customers; index += 1) {
      customerIds.push(await givenCustomer(t, { name: `Customer ${index + 1}` }));
    }
    const run: Run = {
      t,
      model: createModel(ZONE, plan.start, plan.customers),
      customerIds,
      grantIds: new Map(),
      accepted: [],
      pageSize: plan.pageSize,
    };
    for (const [index, step] of plan.actions.entries()) {
      const label = `step ${index + 1} ${JSON.stringify(step)}`;
      await perform(run, step, label);
      await expectAgreement(run, label);
    }
  } finally {
    t.backend.close();
  }
}

async function perform(run: Run, step: Action, label: string): Promise<void> {
  if (step.kind === 'advance') {
    const { days, hours, minutes } = step;
    run.t.clock.advance({ days, hours, minutes });
    advanceClock(run.model, ((days * 24 + hours) * 60 + minutes) * 60_000);
    return;
  }
  if (step.kind === 'repeat') {
    await repeat(run, step.pick, label);
    return;
  }
  const index = step.customer % run.customerIds.length;
  const target = run.model.customers[index];
  const customerId = run.customerIds[index];
  if (!target || !customerId) throw new Error(`no customer ${index}`);
  const { channel, input, expected } = request(run.model, target, customerId, step);
  const result = await run.t.backend.invokeUnknown(channel, input);
  expectOutcome(run, result, expected, label);
  if (result.ok) run.accepted.push({ channel, input, data: result.data });
}

/** Builds the engine request for a step and applies the same step to the model. */
function request(
  model: LedgerModel,
  target: ModelCustomer,
  customerId: string,
  step: Exclude<Action, { kind: 'advance' } | { kind: 'repeat' }>,
): { channel: string; input: object; expected: ModelOutcome } {
  const requestId = rid('property');
  switch (step.kind) {
    case 'topUp': {
      const expiresOn = step.expiresIn === null ? null : addDays(today(model), step.expiresIn);
      const input = { customerId, amount: money(step.cents), kind: step.grant, requestId };
      return {
        channel: 'balance.topUp',
        input: expiresOn === null ? input : { ...input, expiresOn },
        expected: topUp(model, target, step.cents, step.grant, expiresOn),
      };
    }
    case 'adjust':
      return {
        channel: 'balance.adjust',
        input: {
          customerId,
          direction: step.direction,
          amount: money(step.cents),
          reason: 'Correction',
          requestId,
        },
        expected: adjust(model, target, step.direction, step.cents),
      };
    case 'charge': {
      const value = resolve(step.amount, Math.max(target.balance, 0));
      return {
        channel: 'balance.charge',
        input: { customerId, amount: money(value), description: 'Work', requestId },
        expected: charge(model, target, value),
      };
    }
    case 'refund': {
      const value = resolve(step.amount, refundable(target));
      const input = {
        customerId,
        amount: money(value),
        method: 'bank_transfer',
        reason: 'Leaving',
      };
      return {
        channel: 'balance.refund',
        input: { ...input, requestId },
        expected: refund(model, target, value),
      };
    }
  }
}

/** A percentage of `base` (at least one cent): amounts near and above the limit come up often. */
function resolve(value: Amount, base: number): number {
  if ('cents' in value) return value.cents;
  return Math.max(1, Math.floor((base * value.percent) / 100));
}

/** The same requestId and input again: the first result, and nothing changes. */
async function repeat(run: Run, pick: number, label: string): Promise<void> {
  const first = run.accepted[pick % Math.max(run.accepted.length, 1)];
  if (!first) return;
  const again = await run.t.backend.invokeUnknown(first.channel, first.input);
  expect(again, `${label}: repeating ${first.channel}`).toEqual({ ok: true, data: first.data });
}

function expectOutcome(
  run: Run,
  result: Result<unknown>,
  expected: ModelOutcome,
  label: string,
): void {
  if (!expected.ok) {
    const error = result.ok ? null : { code: result.error.code, field: result.error.field };
    const wanted = { field: undefined, ...expected.error };
    expect(error, `${label}: the engine should refuse`).toEqual(wanted);
    return;
  }
  if (!result.ok) expect.fail(`${label}: the engine refused with ${JSON.stringify(result.error)}`);
  const change = result.data as BalanceChange;
  bindGrant(run, change.entry, expected.entry, label);
  expect(entryView(run.grantIds, change.entry), `${label}: the entry`).toEqual(
    modelEntryView(expected.entry),
  );
  const target = run.model.customers[run.customerIds.indexOf(change.entry.customerId)];
  if (!target) throw new Error(`${label}: the entry names an unknown customer`);
  expect(balanceView(run.grantIds, change.balance), `${label}: the balance returned`).toEqual(
    modelBalanceView(target),
  );
}

/** Ties the engine's id of a newly formed grant to the model's. */
function bindGrant(run: Run, entry: LedgerEntry, expected: ModelEntry, label: string): void {
  if (expected.grantId === null) return;
  if (entry.grantId === null) expect.fail(`${label}: the credit should form ${expected.grantId}`);
  expect(run.grantIds.has(entry.grantId), `${label}: a new grant id`).toBe(false);
  run.grantIds.set(entry.grantId, expected.grantId);
}

/** After every step, each customer's balance, grants and full history match the model. */
async function expectAgreement(run: Run, label: string): Promise<void> {
  for (const [index, customerId] of run.customerIds.entries()) {
    const target = run.model.customers[index];
    if (!target) throw new Error(`no model customer ${index}`);
    const balance = await run.t.call('balance.get', { customerId });
    expect(balanceView(run.grantIds, balance), `${label}: customer ${index + 1} balance`).toEqual(
      modelBalanceView(target),
    );
    const history = await fullHistory(run, customerId);
    expect(history.length, `${label}: customer ${index + 1} entry count`).toBe(
      target.entries.length,
    );
    expect(history.at(-1)?.balanceAfter, `${label}: last balanceAfter`).toBe(
      target.entries.at(-1) === undefined ? undefined : money(target.balance),
    );
    expect(
      history.map((entry) => entryView(run.grantIds, entry)),
      `${label}: customer ${index + 1} history`,
    ).toEqual(target.entries.map(modelEntryView));
  }
  const verified = await run.t.call('audit.verify', {});
  expect({ ok: verified.ok, problems: verified.problems }, `${label}: audit.verify`).toEqual({
    ok: true,
    problems: [],
  });
}

/** Every entry of a customer, oldest first, read page by page (newest first) as a client would. */
async function fullHistory(run: Run, customerId: string): Promise<LedgerEntry[]> {
  const newestFirst: LedgerEntry[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES_MAX; page += 1) {
    const input = { customerId, limit: run.pageSize, ...(cursor ? { cursor } : {}) };
    const { items, nextCursor } = await run.t.call('balance.history', input);
    expect(items.length).toBeLessThanOrEqual(run.pageSize);
    newestFirst.push(...items);
    if (nextCursor === null) {
      const seqs = newestFirst.map((entry) => entry.seq);
      expect(seqs, 'history is newest first, without gaps').toEqual(
        seqs.map((_, position) => seqs.length - position),
      );
      return newestFirst.reverse();
    }
    cursor = nextCursor;
  }
  throw new Error('balance.history never ran out of pages');
}
