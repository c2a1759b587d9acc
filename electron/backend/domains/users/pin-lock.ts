/**
 * The sign-in lock, kept in the ledger file so it holds for every caller, channel and process
 * that opens it. For one person: `MAX_WRONG_PINS` wrong PINs in a row lock their sign-in for
 * `PIN_LOCK_MS`, even with the right PIN; a right PIN or an admin's reset clears the count.
 * Across everyone (spraying many people): each wrong PIN adds `BACKOFF_STEP_MS` to a back-off that
 * drains with time; once `BACKOFF_FREE_WRONG_PINS` are pending, every PIN check waits until one
 * has drained, so wrong PINs go on at one per step at most. Time is the call's `ctx.nowAt`.
 */
import { AppError } from '../../../../shared/errors.ts';
import type { Context } from '../../context.ts';
import {
  deletePinAttempts,
  readDrainedAt as readBackoffDrainedAt,
  readPinAttempts,
  saveBackoff,
  savePinAttempts,
  type PinAttempts,
} from './repo.ts';

export const MAX_WRONG_PINS = 5;
export const PIN_LOCK_MS = 5 * 60_000;
export const BACKOFF_FREE_WRONG_PINS = 10;
export const BACKOFF_STEP_MS = 60_000;

const BACKOFF_ROW_ID = 1;

type Attempts = PinAttempts;

/** Milliseconds until the person's lock ends, or 0. */
export function lockWaitMs(lockedUntil: string | null, nowMs: number): number {
  return lockedUntil === null ? 0 : Math.max(Date.parse(lockedUntil) - nowMs, 0);
}

/** Milliseconds until the back-off lets one more PIN be checked, or 0. */
export function backoffWaitMs(drainedAt: string | null, nowMs: number): number {
  if (drainedAt === null) return 0;
  const allowedAheadMs = (BACKOFF_FREE_WRONG_PINS - 1) * BACKOFF_STEP_MS;
  return Math.max(Date.parse(drainedAt) - allowedAheadMs - nowMs, 0);
}

/** One more wrong PIN: the fifth in a row starts the lock and the count starts again. */
export function afterWrongPin(before: Attempts | undefined, nowMs: number): Attempts {
  const wrongCount = (before?.wrongCount ?? 0) + 1;
  if (wrongCount < MAX_WRONG_PINS) return { wrongCount, lockedUntil: before?.lockedUntil ?? null };
  return { wrongCount: 0, lockedUntil: new Date(nowMs + PIN_LOCK_MS).toISOString() };
}

/** "Too many wrong PINs: try again in 5 minutes", rounded up to the minute. */
export function waitMessage(prefix: string, waitMs: number): string {
  const minutes = Math.max(Math.ceil(waitMs / 60_000), 1);
  return `${prefix}: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Errors in order: FORBIDDEN on `pin` (this person is locked; too many wrong PINs lately). */
export async function requirePinCheckAllowed(ctx: Context, userId: string): Promise<void> {
  const nowMs = Date.parse(ctx.nowAt);
  const lockMs = lockWaitMs((await readPinAttempts(ctx, userId))?.lockedUntil ?? null, nowMs);
  if (lockMs > 0) {
    throw new AppError('FORBIDDEN', waitMessage('Too many wrong PINs', lockMs), 'pin');
  }
  const backoffMs = backoffWaitMs(await readDrainedAt(ctx), nowMs);
  if (backoffMs > 0) {
    throw new AppError('FORBIDDEN', waitMessage('Too many wrong PINs lately', backoffMs), 'pin');
  }
}

export async function recordWrongPin(ctx: Context, userId: string): Promise<void> {
  const nowMs = Date.parse(ctx.nowAt);
  const next = { userId, ...afterWrongPin(await readPinAttempts(ctx, userId), nowMs) };
  await savePinAttempts(ctx, next);
  const drainedAt = await readDrainedAt(ctx);
  const fromMs = Math.max(drainedAt === null ? nowMs : Date.parse(drainedAt), nowMs);
  const backoff = {
    id: BACKOFF_ROW_ID,
    drainedAt: new Date(fromMs + BACKOFF_STEP_MS).toISOString(),
  };
  await saveBackoff(ctx, backoff);
}

/** A right PIN, or an admin's reset: the person's count and lock go. The back-off stays. */
export async function clearWrongPins(ctx: Context, userId: string): Promise<void> {
  await deletePinAttempts(ctx, userId);
}

function readDrainedAt(ctx: Context): Promise<string | null> {
  return readBackoffDrainedAt(ctx, BACKOFF_ROW_ID);
}
