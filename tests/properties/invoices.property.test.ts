/**
 * Proves that random interleavings of top-ups, charges, invoices (decimal quantities, tax, issue
 * with automatic settlement), partial and over-payments, credit applied by hand, voids, write-offs,
 * credit notes and day jumps leave every balance, grant, entry, invoice and payment where an
 * independent model of SPEC 3 and docs/rules.md puts them, with no money appearing or vanishing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { CustomerSetup } from './book-model.ts';
import type { BookAction } from './book-driver.ts';
import {
  adjustStep,
  advanceStep,
  applyStep,
  chargeStep,
  closeStep,
  creditNoteStep,
  invoiceStep,
  issueStep,
  payStep,
  refundStep,
  repeatStep,
  RUNS,
  runBookScenario,
  SEED,
  strangerPayStep,
  topUpStep,
  type Scenario,
} from './book-arbitraries.ts';
import { scaledTimeout } from '../support/timeouts.ts';

/** Evenings in Auckland: a few days before daylight saving ends, and before it starts. */
const STARTS = ['2026-03-01T09:00:00Z', '2026-04-02T09:00:00Z', '2026-09-24T09:00:00Z'];
const ACTIONS_MAX = 60;
const runs = RUNS(100);

const setup: fc.Arbitrary<CustomerSetup> = fc.record({
  terms: fc.constantFrom(0, 7, 14),
  autoApply: fc.boolean(),
  hourlyRate: fc.constant(null),
});

const action: fc.Arbitrary<BookAction> = fc.oneof(
  { weight: 4, arbitrary: topUpStep(2) },
  { weight: 2, arbitrary: chargeStep },
  { weight: 1, arbitrary: adjustStep },
  { weight: 1, arbitrary: refundStep },
  { weight: 5, arbitrary: invoiceStep(['standard', 'standard', 'standard', 'top_up']) },
  { weight: 2, arbitrary: issueStep },
  { weight: 4, arbitrary: payStep(['owed', 'owed', 'any', 'none']) },
  { weight: 1, arbitrary: strangerPayStep },
  { weight: 5, arbitrary: applyStep },
  { weight: 3, arbitrary: closeStep(['applied', 'applied', 'owed', 'any']) },
  { weight: 3, arbitrary: creditNoteStep },
  { weight: 3, arbitrary: advanceStep(10, fc.constant(false)) },
  { weight: 1, arbitrary: repeatStep },
);

const scenario: fc.Arbitrary<Scenario> = fc.record({
  start: fc.constantFrom(...STARTS),
  setups: fc.array(setup, { minLength: 1, maxLength: 3 }),
  // No minLength: with one, fast-check's shrinker could never drop the last action.
  actions: fc.array(action, { maxLength: ACTIONS_MAX, size: 'max' }),
});

describe('invoices, payments and credit notes against their reference model', () => {
  it(
    'agree after every step of a random run, and money is conserved',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, runBookScenario), {
        numRuns: runs,
        seed: SEED(20260404),
      });
    },
    scaledTimeout({ count: runs, eachMs: 4_000, floorMs: 120_000 }),
  );
});
