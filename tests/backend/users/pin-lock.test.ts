/**
 * Proves the engine's sign-in lock (users.signIn): five wrong PINs in a row lock that person for
 * five minutes even with the right PIN, and the count survives the refused calls; a right PIN
 * clears it; an admin's reset lifts the lock at once; two engines on one file share the lock; and
 * wrong PINs spread over many people meet a back-off across everyone.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKOFF_FREE_WRONG_PINS,
  BACKOFF_STEP_MS,
  MAX_WRONG_PINS,
  PIN_LOCK_MS,
  afterWrongPin,
  backoffWaitMs,
} from '../../../electron/backend/domains/users/pin-lock.ts';
import { givenBackend, rid, type TestBackend } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

const LOCKED = { code: 'FORBIDDEN', field: 'pin', message: /^Too many wrong PINs: / };
const BACKING_OFF = { code: 'FORBIDDEN', field: 'pin', message: /^Too many wrong PINs lately/ };
const WRONG = { code: 'FORBIDDEN', field: 'pin', message: 'That PIN is not right' };

async function givenPerson(t: TestBackend, pin: string | undefined, name = 'Ali') {
  const role = 'accountant' as const;
  const input = { name, role, requestId: rid('user'), ...(pin === undefined ? {} : { pin }) };
  return (await t.call('users.create', input)).id;
}

async function guessWrong(t: TestBackend, userId: string, times: number) {
  for (let guess = 0; guess < times; guess += 1) {
    expect(await t.fail('users.signIn', { userId, pin: '0000' })).toMatchObject(WRONG);
  }
}

describe('the lock for one person', () => {
  it('locks after five wrong PINs, even the right one, until the lock time has passed', async () => {
    const t = givenBackend();
    const ali = await givenPerson(t, '4821');
    await guessWrong(t, ali, MAX_WRONG_PINS);
    expect(await t.fail('users.signIn', { userId: ali, pin: '4821' })).toMatchObject({
      ...LOCKED,
      message: 'Too many wrong PINs: try again in 5 minutes',
    });
    t.clock.advance({ minutes: 4 });
    expect(await t.fail('users.signIn', { userId: ali, pin: '4821' })).toMatchObject({
      ...LOCKED,
      message: 'Too many wrong PINs: try again in 1 minute',
    });
    t.clock.advance({ minutes: 1 });
    expect((await t.call('users.signIn', { userId: ali, pin: '4821' })).id).toBe(ali);
  });

  it('starts counting again after a right PIN, and after a lock has run out', async () => {
    const t = givenBackend();
    const ali = await givenPerson(t, '4821');
    await guessWrong(t, ali, MAX_WRONG_PINS - 1);
    await t.call('users.signIn', { userId: ali, pin: '4821' });
    await guessWrong(t, ali, MAX_WRONG_PINS - 1);
    expect((await t.call('users.signIn', { userId: ali, pin: '4821' })).id).toBe(ali);
    t.clock.advance({ minutes: 10 }); // the back-off across everyone drains meanwhile
    await guessWrong(t, ali, MAX_WRONG_PINS);
    t.clock.advance({ minutes: 5 });
    await guessWrong(t, ali, MAX_WRONG_PINS - 1);
    expect((await t.call('users.signIn', { userId: ali, pin: '4821' })).id).toBe(ali);
  });

  it('counts a missing PIN as wrong, and locks only that person', async () => {
    const t = givenBackend();
    const ali = await givenPerson(t, '4821');
    const ana = await givenPerson(t, '1357', 'Ana');
    for (let guess = 0; guess < MAX_WRONG_PINS; guess += 1) {
      expect(await t.fail('users.signIn', { userId: ali })).toMatchObject(WRONG);
    }
    expect(await t.fail('users.signIn', { userId: ali, pin: '4821' })).toMatchObject(LOCKED);
    expect((await t.call('users.signIn', { userId: ana, pin: '1357' })).id).toBe(ana);
  });

  it("lifts the lock at once when an admin resets that person's PIN", async () => {
    const t = givenBackend();
    const ali = await givenPerson(t, '4821');
    await guessWrong(t, ali, MAX_WRONG_PINS);
    await t.call('users.setPin', { userId: ali, pin: '246810', requestId: rid() });
    expect((await t.call('users.signIn', { userId: ali, pin: '246810' })).id).toBe(ali);
  });

  it('holds across two engines that open the same file', async () => {
    const dbPath = tempDbPath();
    const first = givenBackend({ dbPath });
    const ali = await givenPerson(first, '4821');
    const second = givenBackend({ dbPath });
    await guessWrong(first, ali, 3);
    await guessWrong(second, ali, MAX_WRONG_PINS - 3);
    expect(await first.fail('users.signIn', { userId: ali, pin: '4821' })).toMatchObject(LOCKED);
    expect(await second.fail('users.signIn', { userId: ali, pin: '4821' })).toMatchObject(LOCKED);
    first.backend.close();
    second.backend.close();
  });
});

describe('the back-off across everyone', () => {
  it('lets ten wrong PINs through at once, then one check a minute, for anyone', async () => {
    const t = givenBackend();
    const people = [];
    for (const name of ['Ali', 'Ana', 'Tom']) people.push(await givenPerson(t, '4821', name));
    const [ali, ana, tom] = people as [string, string, string];
    await guessWrong(t, ali, 4);
    await guessWrong(t, ana, 4);
    await guessWrong(t, tom, BACKOFF_FREE_WRONG_PINS - 8);
    const rightPin = { userId: ali, pin: '4821' };
    expect(await t.fail('users.signIn', rightPin)).toMatchObject({
      ...BACKING_OFF,
      message: 'Too many wrong PINs lately: try again in 1 minute',
    });
    const noPin = await givenPerson(t, undefined, 'Noa');
    expect((await t.call('users.signIn', { userId: noPin })).id).toBe(noPin);

    t.clock.advance({ minutes: 1 });
    await guessWrong(t, ana, 1);
    expect(await t.fail('users.signIn', rightPin)).toMatchObject(BACKING_OFF);
    t.clock.advance({ minutes: 1 });
    expect((await t.call('users.signIn', rightPin)).id).toBe(ali);
  });

  it('drains one wrong PIN a minute', () => {
    const startMs = Date.parse('2026-03-01T09:00:00Z');
    const drainedAt = (pending: number) =>
      new Date(startMs + pending * BACKOFF_STEP_MS).toISOString();
    expect(backoffWaitMs(null, startMs)).toBe(0);
    expect(backoffWaitMs(drainedAt(BACKOFF_FREE_WRONG_PINS - 1), startMs)).toBe(0);
    expect(backoffWaitMs(drainedAt(BACKOFF_FREE_WRONG_PINS), startMs)).toBe(BACKOFF_STEP_MS);
    expect(backoffWaitMs(drainedAt(BACKOFF_FREE_WRONG_PINS), startMs + BACKOFF_STEP_MS)).toBe(0);
  });

  it('locks a person at the fifth wrong PIN in a row, for the lock time', () => {
    const nowMs = Date.parse('2026-03-01T09:00:00Z');
    const fourth = { wrongCount: MAX_WRONG_PINS - 2, lockedUntil: null };
    expect(afterWrongPin(fourth, nowMs)).toEqual({
      wrongCount: MAX_WRONG_PINS - 1,
      lockedUntil: null,
    });
    expect(afterWrongPin({ ...fourth, wrongCount: MAX_WRONG_PINS - 1 }, nowMs)).toEqual({
      wrongCount: 0,
      lockedUntil: new Date(nowMs + PIN_LOCK_MS).toISOString(),
    });
  });
});
