/**
 * Slows down guessing a PIN: after `MAX_WRONG_PINS` wrong PINs in a row for one user, that user's
 * sign-in is refused (even with the right PIN) until `LOCK_MS` have passed. A right PIN resets the
 * count. Kept by the shell in memory: it guards the sign-in screen, and a restart takes longer
 * than the guesses it would free.
 */
export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 5 * 60_000;

type Tally = { wrong: number; lockedUntil: number };

export type PinAttempts = {
  /** Milliseconds until this user may try again, or 0 when they may now. */
  waitMs(userId: string): number;
  wrong(userId: string): void;
  right(userId: string): void;
};

export function createPinAttempts(now: () => number): PinAttempts {
  const tallies = new Map<string, Tally>();
  return {
    waitMs: (userId) => Math.max((tallies.get(userId)?.lockedUntil ?? 0) - now(), 0),
    wrong: (userId) => {
      const tally = tallies.get(userId) ?? { wrong: 0, lockedUntil: 0 };
      tally.wrong += 1;
      if (tally.wrong >= MAX_WRONG_PINS) {
        tally.wrong = 0;
        tally.lockedUntil = now() + LOCK_MS;
      }
      tallies.set(userId, tally);
    },
    right: (userId) => {
      tallies.delete(userId);
    },
  };
}

/** "Too many wrong PINs: try again in 5 minutes", rounded up to the minute. */
export function lockedMessage(waitMs: number): string {
  const minutes = Math.max(Math.ceil(waitMs / 60_000), 1);
  return `Too many wrong PINs: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
