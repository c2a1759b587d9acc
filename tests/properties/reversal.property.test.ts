/**
 * Proves SPEC 12's reversals against a reference model: random runs of top-ups (both kinds, with
 * expiry), charges, refunds, adjustments (a debit may make debt), clock moves (expiry) and reversals of any entry keep the balance and
 * every open lot (kind, remaining, expiry) where the model puts them, accepting and refusing the
 * same reversals; and a reversal made at once leaves the book as if the entry had never been.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates.ts';
import { givenBackend, givenCustomer, rid, type TestBackend } from '../support/backend.ts';
import { scaledTimeout } from '../support/timeouts.ts';
import {
  adjust,
  advanceClock,
  charge,
  createModel,
  money,
  openGrants,
  refund,
  refundable,
  spendingOrder,
  today,
  topUp,
  type GrantKind,
  type LedgerModel,
  type ModelCustomer,
  type ModelOutcome,
} from './ledger-model.ts';
import { reverse, type Reversals } from './reversal-model.ts';

const ZONE = 'Europe/Brussels';
const START = '2026-03-01T09:00:00Z';
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261204);

/** `undo`: the entry an accepted step made is reversed at once, as a mistake would be. */
type Action =
  | { kind: 'topUp'; cents: number; grant: GrantKind; expiresIn: number | null; undo: boolean }
  | { kind: 'charge'; percent: number; undo: boolean }
  | { kind: 'refund'; percent: number; undo: boolean }
  | { kind: 'adjust'; direction: 'credit' | 'debit'; cents: number; undo: boolean }
  | { kind: 'advance'; days: number }
  | { kind: 'reverse'; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('topUp' as const),
    cents: fc.integer({ min: 1, max: 20_000 }),
    grant: fc.constantFrom<GrantKind>('paid', 'promotional'),
    expiresIn: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 }),
    undo: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('charge' as const),
    percent: fc.integer({ min: 1, max: 100 }),
    undo: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('refund' as const),
    percent: fc.integer({ min: 1, max: 100 }),
    undo: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('adjust' as const),
    direction: fc.constantFrom('credit' as const, 'debit' as const),
    cents: fc.integer({ min: 1, max: 20_000 }),
    undo: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
);

type Run = { t: TestBackend; model: LedgerModel; customer: ModelCustomer; customerId: string };

describe('reversals against their reference model', () => {
  it(
    'agree on every lot after every step, and undo a fresh entry completely',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { maxLength: 30, size: 'max' }), runActions),
        { numRuns: RUNS, seed: SEED },
      );
    },
    scaledTimeout({ count: RUNS, eachMs: 2_000, floorMs: 120_000 }),
  );
});

async function runActions(actions: Action[]): Promise<void> {
  const t = givenBackend({ start: START, timeZone: ZONE });
  try {
    const model = createModel(ZONE, START, 1);
    const customer = model.customers[0];
    if (!customer) throw new Error('no model customer');
    const run = { t, model, customer, customerId: await givenCustomer(t) };
    const reversals: Reversals = new Map();
    for (const [index, step] of actions.entries()) {
      const label = `step ${index + 1} ${JSON.stringify(step)}`;
      await perform(run, step, reversals, label);
      await expectAgreement(run, label);
    }
    expect((await t.call('audit.verify', {})).problems).toEqual([]);
  } finally {
    t.backend.close();
  }
}

async function perform(run: Run, step: Action, reversals: Reversals, label: string) {
  const { model, customer, customerId } = run;
  if (step.kind === 'advance') {
    run.t.clock.advance({ days: step.days });
    advanceClock(model, step.days * 86_400_000);
    return;
  }
  if (step.kind === 'reverse') {
    const seq = (step.pick % Math.max(customer.entries.length, 1)) + 1;
    await reverseSeq(run, seq, reversals, label);
    return;
  }
  const before = snapshot(customer);
  const { channel, input, expected } = request(model, customer, customerId, step);
  const result = await run.t.backend.invokeUnknown(channel, input);
  expect(result.ok, `${label}: ${JSON.stringify(result)}`).toBe(expected.ok);
  if (!expected.ok || !step.undo) return;
  await reverseSeq(run, expected.entry.seq, reversals, `${label} undone`);
  // As if it had never been: the same balance and the same lots as before it.
  expect(snapshot(customer), `${label} undone (model)`).toEqual(before);
  await expectAgreement(run, `${label} undone`);
}

/** Reverses the entry numbered `seq` in both; the model says whether the engine must accept. */
async function reverseSeq(run: Run, seq: number, reversals: Reversals, label: string) {
  const history = await run.t.call('balance.history', { customerId: run.customerId, limit: 500 });
  const entry = history.items.find((item) => item.seq === seq);
  const expected: ModelOutcome = reverse(run.model, run.customer, seq, reversals);
  const input = { entryId: entry?.id ?? 'none', reason: 'Mistake', requestId: rid('undo') };
  const result = await run.t.backend.invokeUnknown('balance.reverse', input);
  expect(result.ok, `${label}: reverse #${seq} ${JSON.stringify(result)}`).toBe(expected.ok);
  if (entry) expect(entry.reversible, `${label}: #${seq} reversible`).toBe(expected.ok);
}

function request(
  model: LedgerModel,
  customer: ModelCustomer,
  customerId: string,
  step: Extract<Action, { kind: 'topUp' | 'charge' | 'refund' | 'adjust' }>,
): { channel: string; input: object; expected: ModelOutcome } {
  const requestId = rid('reversal-property');
  if (step.kind === 'adjust') {
    const { direction, cents } = step;
    const input = { customerId, direction, amount: money(cents), reason: 'Fix', requestId };
    return {
      channel: 'balance.adjust',
      input,
      expected: adjust(model, customer, direction, cents),
    };
  }
  if (step.kind === 'topUp') {
    const expiresOn = step.expiresIn === null ? null : addDays(today(model), step.expiresIn);
    const input = { customerId, amount: money(step.cents), kind: step.grant, requestId };
    return {
      channel: 'balance.topUp',
      input: expiresOn === null ? input : { ...input, expiresOn },
      expected: topUp(model, customer, step.cents, step.grant, expiresOn),
    };
  }
  const base = step.kind === 'charge' ? Math.max(customer.balance, 0) : refundable(customer);
  const cents = Math.max(1, Math.floor((base * step.percent) / 100));
  if (step.kind === 'charge') {
    const input = { customerId, amount: money(cents), description: 'Work', requestId };
    return { channel: 'balance.charge', input, expected: charge(model, customer, cents) };
  }
  const input = { customerId, amount: money(cents), method: 'cash', reason: 'Left', requestId };
  return { channel: 'balance.refund', input, expected: refund(model, customer, cents) };
}

/** The balance and each open lot, in spending order. */
function snapshot(customer: ModelCustomer) {
  return {
    balance: money(customer.balance),
    lots: openGrants(customer)
      .sort(spendingOrder)
      .map((grant) => [grant.kind, money(grant.remaining), grant.expiresOn]),
  };
}

async function expectAgreement(run: Run, label: string) {
  const balance = await run.t.call('balance.get', { customerId: run.customerId });
  const engine = {
    balance: balance.balance,
    lots: balance.grants.map((grant) => [grant.kind, grant.remaining, grant.expiresOn]),
  };
  expect(engine, label).toEqual(snapshot(run.customer));
}
