/** Proves a batch's time budget: it stops taking rows once its time is spent, and always takes one. */
import { describe, expect, it } from 'vitest';
import { timeBudget, visitWithin } from '../../../electron/backend/jobs/time-budget.ts';

/** A machine clock that moves only when told to. */
function steppedClock() {
  let ms = 1_000;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('timeBudget', () => {
  it('is spent once its limit has passed, not before', () => {
    const clock = steppedClock();
    const spent = timeBudget(25, clock.now);
    clock.advance(24);
    expect(spent()).toBe(false);
    clock.advance(1);
    expect(spent()).toBe(true);
  });
});

describe('visitWithin', () => {
  it('visits rows until the budget is spent and says how many it took', async () => {
    const clock = steppedClock();
    const seen: number[] = [];
    const visited = await visitWithin([1, 2, 3, 4, 5, 6], timeBudget(25, clock.now), (row) => {
      seen.push(row);
      clock.advance(10); // each row takes 10 ms: after the third, 30 ms are spent
      return Promise.resolve();
    });
    expect(visited).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('always visits one row, so a pass moves forward however slow the machine', async () => {
    const seen: string[] = [];
    expect(
      await visitWithin(
        ['a', 'b'],
        () => true,
        (row) => {
          seen.push(row);
          return Promise.resolve();
        },
      ),
    ).toBe(1);
    expect(seen).toEqual(['a']);
  });

  it('visits every row of a batch that fits its budget, and none of an empty one', async () => {
    const nothing = () => Promise.resolve();
    expect(await visitWithin([1, 2, 3], () => false, nothing)).toBe(3);
    expect(await visitWithin([], () => true, nothing)).toBe(0);
  });
});
