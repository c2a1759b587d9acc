/**
 * Proves the PIN the people dialogs offer: six digits the engine accepts, leading zeros kept, and
 * a random draw that would bias the digits is drawn again rather than folded in.
 */
import { describe, expect, it } from 'vitest';
import { SUGGESTED_PIN_DIGITS, suggestPin } from '../../shared/suggest-pin.ts';
import { usersSetPin } from '../../shared/contract/schemas/admin.ts';

function drawsOf(...values: number[]) {
  const queue = [...values];
  let drawCount = 0;
  const fill = (target: Uint32Array) => {
    target[0] = queue.shift() ?? 0;
    drawCount += 1;
  };
  return { fill, drawCount: () => drawCount };
}

describe('suggestPin', () => {
  it('offers six digits the engine accepts as a PIN', () => {
    expect(SUGGESTED_PIN_DIGITS).toBe(6);
    for (let round = 0; round < 500; round += 1) {
      const pin = suggestPin();
      expect(pin).toMatch(/^\d{6}$/);
      expect(usersSetPin.safeParse({ userId: 'usr_1', pin, requestId: 'r' }).success).toBe(true);
    }
  });

  it('keeps leading zeros and redraws the top of the range that would bias the digits', () => {
    expect(suggestPin(drawsOf(42).fill)).toBe('000042');
    expect(suggestPin(drawsOf(4_293_999_999).fill)).toBe('999999');
    const biased = drawsOf(4_294_000_000, 2 ** 32 - 1, 7);
    expect(suggestPin(biased.fill)).toBe('000007');
    expect(biased.drawCount()).toBe(3);
  });
});
