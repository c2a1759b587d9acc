/** Proves an invariant's message naming values is made only when the invariant breaks. */
import { describe, expect, it } from 'vitest';
import { assert, InvariantError } from '../../shared/errors.ts';

describe('assert', () => {
  it('does not make a lazy message while the invariant holds', () => {
    let made = 0;
    const message = () => {
      made += 1;
      return 'never shown';
    };
    assert(true, message);
    expect(made).toBe(0);
  });

  it('throws an InvariantError with the lazy message once the invariant breaks', () => {
    const value = 1.5;
    expect(() => {
      assert(Number.isSafeInteger(value), () => `got ${value}`);
    }).toThrow(new InvariantError('got 1.5'));
  });

  it('throws a plain message as given', () => {
    expect(() => {
      assert(false, 'broken');
    }).toThrow(InvariantError);
    expect(() => {
      assert(false, 'broken');
    }).toThrow('broken');
  });
});
