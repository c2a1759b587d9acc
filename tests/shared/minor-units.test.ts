/**
 * Proves the `MinorUnits` brand keeps money apart from counts (issue #18): a plain `number` (a
 * seq, a count of days or rows) is a compile error where the engine expects money, checked by
 * `npm run typecheck` through COMPILE_CHECKS; and the helpers that do arithmetic on money are
 * exact, refusing a result past the safe integers rather than rounding it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostEntry } from '../../electron/backend/core/post-entry.ts';
import type { InvoiceRow } from '../../electron/backend/core/invoices.ts';
import type { Allocation } from '../../electron/backend/ledger/grant-order.ts';
import { refuseSpending } from '../../electron/backend/domains/balance/rules.ts';
import {
  amountDueOf,
  splitCreditNote,
  splitPayment,
} from '../../electron/backend/domains/invoices/rules.ts';
import {
  addMinor,
  largerMinor,
  smallerMinor,
  minor,
  subtractMinor,
  sumMinor,
  ZERO_MINOR,
  type MinorUnits,
} from '../../shared/money.ts';

/** True when a value of type V may be passed where T is expected. */
type Accepts<T, V> = [V] extends [T] ? true : false;

type Count = number;

/**
 * Checked by `npm run typecheck`: each `false` stops compiling if money turns back into a plain
 * number anywhere listed; the `true` entries show money still reads as a number (to compare it).
 */
const COMPILE_CHECKS: [
  Accepts<MinorUnits, Count>,
  Accepts<Parameters<typeof addMinor>[0], Count>,
  Accepts<Parameters<typeof sumMinor>[0], Count[]>,
  Accepts<PostEntry['amountMinor'], Count>,
  Accepts<InvoiceRow['amountDueMinor'], Count>,
  Accepts<Allocation['amountMinor'], Count>,
  Accepts<Parameters<typeof splitPayment>[1], Count>,
  Accepts<Parameters<typeof splitCreditNote>[1], Count>,
  Accepts<Parameters<typeof amountDueOf>[0]['totalMinor'], Count>,
  Accepts<Parameters<typeof refuseSpending>[1], Count>,
  Accepts<MinorUnits, MinorUnits>,
  Accepts<Count, MinorUnits>,
  Accepts<InvoiceRow['numberSeq'], Count | null>,
] = [false, false, false, false, false, false, false, false, false, false, true, true, true];

describe('the MinorUnits brand', () => {
  it('refuses a count where money is expected and keeps counts plain', () => {
    expect(COMPILE_CHECKS).toEqual([
      ...Array<boolean>(10).fill(false),
      ...Array<boolean>(3).fill(true),
    ]);
  });
});

const SAFE = Number.MAX_SAFE_INTEGER;
const safeHalf = fc.integer({ min: -Math.floor(SAFE / 2), max: Math.floor(SAFE / 2) });

describe('addMinor and subtractMinor', () => {
  it('are exact on integers of minor units', () => {
    expect(addMinor(minor(1250), minor(-399))).toBe(851);
    expect(subtractMinor(minor(1250), minor(1251))).toBe(-1);
    expect(addMinor(minor(SAFE - 1), minor(1))).toBe(SAFE);
  });

  it('refuse a result past the safe integers instead of rounding it', () => {
    expect(() => addMinor(minor(SAFE), minor(1))).toThrow(/safe integer/);
    expect(() => subtractMinor(minor(-SAFE), minor(1))).toThrow(/safe integer/);
  });

  it('agree with BigInt arithmetic on any pair that fits', () => {
    fc.assert(
      fc.property(safeHalf, safeHalf, (a, b) => {
        expect(BigInt(addMinor(minor(a), minor(b)))).toBe(BigInt(a) + BigInt(b));
        expect(BigInt(subtractMinor(minor(a), minor(b)))).toBe(BigInt(a) - BigInt(b));
      }),
    );
  });
});

describe('sumMinor', () => {
  it('is zero for nothing and the exact total otherwise', () => {
    expect(sumMinor([])).toBe(ZERO_MINOR);
    expect(sumMinor([minor(100), minor(-30), minor(5)])).toBe(75);
  });

  it('refuses a running total that leaves the safe integers', () => {
    expect(() => sumMinor([minor(SAFE), minor(1), minor(-1)])).toThrow(/safe integer/);
  });
});

describe('smallerMinor and largerMinor', () => {
  it('pick the smaller and the larger amount', () => {
    expect(smallerMinor(minor(5), minor(-7))).toBe(-7);
    expect(largerMinor(minor(5), minor(-7))).toBe(5);
    expect(smallerMinor(minor(3), minor(3))).toBe(3);
  });
});
