/**
 * Proves a signed-in viewer cannot guess an admin's PIN faster than the engine's lock allows,
 * whichever door they knock on: 10,000 guesses over an hour of a fake clock, half through
 * `app.signIn` and half straight at the engine's `users.signIn`, each refused guess tried again,
 * get at most `MAX_WRONG_PINS` checks per `PIN_LOCK_MS` (60 an hour) and never reach the PIN.
 * Spread over three admins, the guesses meet the back-off across everyone instead.
 */
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import {
  BACKOFF_FREE_WRONG_PINS,
  BACKOFF_STEP_MS,
  MAX_WRONG_PINS,
  PIN_LOCK_MS,
} from '../../electron/backend/domains/users/pin-lock.ts';
import { SHELL_ONLY, createGate } from '../../electron/main/gate.ts';
import { createSession } from '../../electron/main/session.ts';
import type { User } from '../../shared/contract/types.ts';
import { fakeClock, rid } from '../support/backend.ts';

const GUESSES = 10_000;
const GUESS_EVERY_MS = 360;
const HOUR_MS = 3_600_000;
const START = '2026-03-01T09:00:00Z';

async function givenViewerAttack(adminCount: number) {
  const clock = fakeClock(START);
  const backend = createBackend({ dbPath: ':memory:', now: clock.now, timeZone: 'UTC' });
  const admins = ['admin'];
  for (let index = 1; index < adminCount; index += 1) {
    const input = { name: `Admin ${index}`, role: 'admin' as const, requestId: rid('user') };
    admins.push(((await backend.invoke('users.create', input)) as { data: User }).data.id);
  }
  for (const userId of admins) {
    await backend.invoke('users.setPin', { userId, pin: '7391', requestId: rid('pin') });
  }
  const viewer = { name: 'Vic', role: 'viewer' as const, pin: '1111', requestId: rid('user') };
  const viewerId = ((await backend.invoke('users.create', viewer)) as { data: User }).data.id;
  const session = createSession();
  const unused = () => Promise.reject(new Error('no dialogs here'));
  const gate = createGate({
    engine: backend,
    session,
    chooseSavePath: unused,
    chooseExportFolder: unused,
  });
  const signedIn = await gate.invoke('app.signIn', { userId: viewerId, pin: '1111' });
  expect(signedIn).toMatchObject({ ok: true });
  return { backend, clock, gate, session, admins, viewerId };
}

/** Guesses 0000, 0001… at each admin in turn; a guess is tried again until it was checked. */
async function guessForAnHour(attack: Awaited<ReturnType<typeof givenViewerAttack>>) {
  const { clock, gate, admins } = attack;
  let checked = 0;
  const next = admins.map(() => 0);
  let found = false;
  for (let call = 0; call < GUESSES; call += 1) {
    const atMs = call * GUESS_EVERY_MS;
    clock.set(new Date(Date.parse(START) + atMs).toISOString());
    const target = call % admins.length;
    const input = { userId: admins[target], pin: String(next[target]).padStart(4, '0') };
    if (call % 2 === 1) {
      expect(await gate.invoke('users.signIn', input)).toEqual(SHELL_ONLY);
      continue;
    }
    const result = await gate.invoke('app.signIn', input);
    const isChecked = result.ok || result.error.message === 'That PIN is not right';
    if (!isChecked) continue;
    found ||= result.ok;
    checked += 1;
    next[target] = (next[target] ?? 0) + 1;
  }
  expect(GUESSES * GUESS_EVERY_MS).toBe(HOUR_MS);
  return { checked, found };
}

describe('guessing an admin PIN as a viewer', () => {
  it('gets no more checks an hour than the lock allows', { timeout: 60_000 }, async () => {
    const attack = await givenViewerAttack(1);
    const { checked, found } = await guessForAnHour(attack);
    const allowedPerHour = MAX_WRONG_PINS * (HOUR_MS / PIN_LOCK_MS);
    expect(allowedPerHour).toBe(60);
    expect(checked).toBe(allowedPerHour);
    expect(found).toBe(false);
    expect(attack.session.userId()).toBe(attack.viewerId);
    attack.backend.close();
  });

  it(
    'meets the back-off across everyone when spreading guesses over admins',
    { timeout: 60_000 },
    async () => {
      const attack = await givenViewerAttack(3);
      const { checked, found } = await guessForAnHour(attack);
      // Without the back-off, three admins would give three times the lock's 60 an hour.
      expect(checked).toBeLessThanOrEqual(BACKOFF_FREE_WRONG_PINS + HOUR_MS / BACKOFF_STEP_MS);
      expect(found).toBe(false);
      attack.backend.close();
    },
  );
});
