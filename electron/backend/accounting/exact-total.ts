/**
 * An exact running total of integers of minor units, for sums over many rows (every customer of a
 * currency, a day's postings): kept in a plain number while the total stays a safe integer, and
 * carried into a BigInt only when it would pass one, so thousands of additions cost no BigInt
 * each while no sum is ever rounded.
 */
import { assert } from '../../../shared/errors.ts';

export class ExactTotal {
  private small = 0;
  private large = 0n;

  /** Adds `value`, a safe integer. */
  add(value: number): void {
    assert(Number.isSafeInteger(value), () => `not an integer of minor units: ${value}`);
    const next = this.small + value;
    // Two safe integers add exactly whenever their sum is a safe integer; past one, the sum so
    // far goes into the BigInt.
    if (Number.isSafeInteger(next)) {
      this.small = next;
    } else {
      this.large += BigInt(this.small) + BigInt(value);
      this.small = 0;
    }
  }

  get value(): bigint {
    return this.large + BigInt(this.small);
  }
}
