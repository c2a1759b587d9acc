/**
 * A PIN to offer when an admin sets one: six random digits from Web Crypto (browser or Node),
 * without modulo bias. The engine takes 4 to 12 digits; six keep a guesser, at the sign-in
 * lock's 60 checks an hour, busy for about a year on average (docs/rules.md, "Sign-in lock").
 */
export const SUGGESTED_PIN_DIGITS = 6;

const PIN_COUNT = 10 ** SUGGESTED_PIN_DIGITS;
/** The largest multiple of PIN_COUNT a 32-bit draw can reach: draws at or above it are redrawn. */
const DRAW_LIMIT = Math.floor(2 ** 32 / PIN_COUNT) * PIN_COUNT;

/** Fills the array with random 32-bit draws (the Web Crypto source, or a test's own). */
export type RandomFill = (target: Uint32Array<ArrayBuffer>) => void;

export function suggestPin(fill: RandomFill = fillRandomly): string {
  const draw = new Uint32Array(new ArrayBuffer(4));
  do fill(draw);
  while ((draw[0] ?? DRAW_LIMIT) >= DRAW_LIMIT);
  return String((draw[0] ?? 0) % PIN_COUNT).padStart(SUGGESTED_PIN_DIGITS, '0');
}

function fillRandomly(target: Uint32Array<ArrayBuffer>): void {
  crypto.getRandomValues(target);
}
