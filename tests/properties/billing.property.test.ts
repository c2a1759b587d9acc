/**
 * Proves that random runs of billing-mode switches, credit limits, charges and time deductions,
 * payments of balance-due and top-up invoices, replenishment settings and clock jumps across month
 * ends in Auckland with `jobs.runDue` leave the engine where an independent model of SPEC 4-6 and
 * docs/rules.md puts it, with the counts of every pass predicted and a second pass doing nothing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { CustomerSetup, Mode } from './book-model.ts';
import type { BookAction } from './book-driver.ts';
import {
  adjustStep,
  advanceStep,
  applyStep,
  cents,
  chargeStep,
  closeStep,
  customer,
  invoiceStep,
  payStep,
  pick,
  repeatStep,
  RUNS,
  runBookScenario,
  SEED,
  topUpStep,
  type Scenario,
} from './book-arbitraries.ts';
import { scaledTimeout } from '../support/timeouts.ts';

/**
 * Near month ends in Auckland: 30 March 09:00 (daylight saving ends 5 April), 31 January 00:30,
 * 30 June at local midnight, 25 September 22:00 (daylight saving starts 27 September).
 */
const STARTS = [
  '2026-03-29T20:00:00Z',
  '2026-01-30T11:30:00Z',
  '2026-06-29T12:00:00Z',
  '2026-09-25T09:00:00Z',
];
const ACTIONS_MAX = 60;
const runs = RUNS(100);

const setup: fc.Arbitrary<CustomerSetup> = fc.record({
  terms: fc.constantFrom(0, 3, 14),
  autoApply: fc.constantFrom(true, true, false),
  hourlyRate: fc.option(fc.integer({ min: 100, max: 20_000 }), { freq: 3 }),
  mode: fc.oneof(
    fc.constant({ mode: 'prepaid' as const, limit: null }),
    fc.record({ mode: fc.constant('credit_limit' as const), limit: cents }),
    fc.constant({ mode: 'postpaid' as const, limit: null }),
  ),
});

const action: fc.Arbitrary<BookAction> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('mode' as const),
      customer,
      mode: fc.constantFrom<Mode>('prepaid', 'credit_limit', 'credit_limit', 'postpaid'),
      limit: cents,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('unblock' as const),
      customer,
      blocked: fc.constantFrom(true, true, true, false),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replenish' as const),
      customer,
      setting: fc.option(
        fc.record({
          threshold: fc.integer({ min: 0, max: 20_000 }),
          amount: fc.integer({ min: 1, max: 50_000 }),
          recurrence: fc.constantFrom('once' as const, 'always' as const),
        }),
        { freq: 4 },
      ),
    }),
  },
  { weight: 2, arbitrary: topUpStep(6) },
  { weight: 1, arbitrary: adjustStep },
  { weight: 5, arbitrary: chargeStep },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      customer,
      hundredths: fc.oneof(
        fc.constantFrom(25, 50, 100, 150, 133, 1),
        fc.integer({ min: 1, max: 1200 }),
      ),
      rate: fc.option(fc.integer({ min: 100, max: 20_000 }), { freq: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deduct' as const),
      customer,
      picks: fc.array(pick, { minLength: 1, maxLength: 3 }),
      anyone: fc.constantFrom(false, false, false, true),
    }),
  },
  { weight: 4, arbitrary: payStep(['owed', 'owed', 'none']) },
  { weight: 2, arbitrary: closeStep(['owed']) },
  { weight: 2, arbitrary: invoiceStep(['standard', 'standard', 'top_up']) },
  { weight: 1, arbitrary: applyStep },
  { weight: 2, arbitrary: advanceStep(20, fc.constant(false)) },
  { weight: 3, arbitrary: advanceStep(45, fc.constant(true)) },
  { weight: 2, arbitrary: fc.constant({ kind: 'runDue' as const }) },
  { weight: 1, arbitrary: repeatStep },
);

const scenario: fc.Arbitrary<Scenario> = fc.record({
  start: fc.constantFrom(...STARTS),
  setups: fc.array(setup, { minLength: 1, maxLength: 3 }),
  // No minLength: with one, fast-check's shrinker could never drop the last action.
  actions: fc.array(action, { maxLength: ACTIONS_MAX, size: 'max' }),
});

describe('billing modes, time and the scheduled pass against their reference model', () => {
  it(
    'agree after every step of a random run, and every pass is predicted',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, runBookScenario), {
        numRuns: runs,
        seed: SEED(20260331),
      });
    },
    scaledTimeout({ count: runs, eachMs: 4_000, floorMs: 120_000 }),
  );
});
