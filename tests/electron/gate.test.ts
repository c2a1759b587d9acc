/**
 * Proves the sign-in gate over IPC: before sign-in only `users.list` reaches the engine and every
 * other channel is FORBIDDEN untouched; `app.signIn` checks the PIN through the engine and refuses
 * a wrong one or an unknown user without signing in, and the engine's lock (five wrong PINs in a
 * row lock a user out for five minutes) holds through it; the engine's `users.signIn` has no IPC
 * handler and the gate refuses it untouched, even to someone signed in, so a viewer guessing an
 * admin's PIN gets no more checks an hour than the lock allows; the actor is always main's signed-in user,
 * whatever the input claims; a removed user is signed out and refused; `app.signOut` closes the
 * gate again; app-channel input is validated
 * with its schema; and a foreign sender reaches none of it.
 */
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/index.ts';
import { SHELL_ONLY, SIGN_IN_FIRST, createGate } from '../../electron/main/gate.ts';
import { registerIpc, type InvokeListener } from '../../electron/main/ipc.ts';
import { createSession } from '../../electron/main/session.ts';
import { SHELL_ONLY_CHANNELS, appChannels } from '../../shared/contract/app-channels.ts';
import { channels } from '../../shared/contract/channels.ts';
import { fakeClock, rid } from '../support/backend.ts';

const TRUSTED_URL = 'app://balancebook/index.html';
const EVIL_URL = 'https://evil.example/index.html';

function givenShell() {
  const clock = fakeClock();
  const backend = createBackend({
    dbPath: ':memory:',
    now: clock.now,
    timeZone: 'Europe/Brussels',
  });
  const engineCalls = vi.spyOn(backend, 'invokeUnknown');
  const session = createSession();
  const chooseSavePath = vi.fn(() => Promise.resolve({ path: '/home/vera/Documents/a.pdf' }));
  const chooseExportFolder = vi.fn(() =>
    Promise.resolve({ folder: '/home/vera/March', paths: ['/home/vera/March/Acme.pdf'] }),
  );
  const gate = createGate({
    engine: backend,
    session,
    chooseSavePath,
    chooseExportFolder,
  });
  const handlers = new Map<string, InvokeListener>();
  registerIpc({
    ipcMain: { handle: (channel, listener) => handlers.set(channel, listener) },
    gate,
    isTrustedSender: (url) => url === TRUSTED_URL,
  });
  const call = (channel: string, input: unknown, frameUrl = TRUSTED_URL) => {
    const listener = handlers.get(channel);
    if (listener === undefined) throw new Error(`${channel} has no handler`);
    return listener({ senderFrame: { url: frameUrl } }, input);
  };
  const givenUser = async (role: 'admin' | 'accountant' | 'viewer', pin?: string) => {
    const input = { name: `A ${role}`, role, requestId: rid('user'), ...(pin ? { pin } : {}) };
    const created = await backend.invoke('users.create', input);
    if (!created.ok) throw new Error(created.error.message);
    engineCalls.mockClear();
    return created.data;
  };
  return {
    backend,
    clock,
    gate,
    engineCalls,
    session,
    chooseSavePath,
    chooseExportFolder,
    handlers,
    call,
    givenUser,
  };
}

describe('before sign-in', () => {
  it('registers every engine channel but the shell-only ones, and every app channel', () => {
    const { handlers, backend } = givenShell();
    const engineChannels = Object.keys(channels).filter(
      (name) => !(SHELL_ONLY_CHANNELS as readonly string[]).includes(name),
    );
    const expected = [...engineChannels, ...Object.keys(appChannels)].sort();
    expect(handlers.has('users.signIn')).toBe(false);
    expect([...handlers.keys()].sort()).toEqual(expected);
    backend.close();
  });

  it('lets only users.list through and refuses everything else untouched', async () => {
    const { call, handlers, engineCalls, backend } = givenShell();
    const listed = await call('users.list', {});
    expect(listed).toMatchObject({ ok: true, data: [{ id: 'admin' }] });
    expect(engineCalls).toHaveBeenCalledTimes(1);
    engineCalls.mockClear();
    for (const channel of [...handlers.keys()].filter((name) => name in channels)) {
      if (channel === 'users.list') continue;
      expect(await call(channel, {}), channel).toEqual(SIGN_IN_FIRST);
    }
    expect(engineCalls).not.toHaveBeenCalled();
    expect(await call('app.session', {})).toEqual({ ok: true, data: { user: null } });
    const save = { title: 'Save', suggestedName: 'a', extension: 'pdf' };
    expect(await call('app.chooseSavePath', save)).toEqual(SIGN_IN_FIRST);
    backend.close();
  });
});

describe('app.signIn', () => {
  it('signs in with the right PIN and refuses a wrong one or an unknown user', async () => {
    const { call, session, givenUser, backend } = givenShell();
    const vera = await givenUser('accountant', '4321');
    const wrongPin = await call('app.signIn', { userId: vera.id, pin: '1111' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'pin' } });
    const noPin = await call('app.signIn', { userId: vera.id });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'pin' } });
    const unknown = await call('app.signIn', { userId: 'usr_nobody' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(session.userId()).toBeNull();
    const signedIn = await call('app.signIn', { userId: vera.id, pin: '4321' });
    expect(signedIn).toEqual({ ok: true, data: { user: vera } });
    expect(await call('app.session', {})).toEqual({ ok: true, data: { user: vera } });
    backend.close();
  });

  it("keeps the engine's lock: five wrong PINs in a row lock a user out for five minutes", async () => {
    const { call, session, givenUser, clock, backend } = givenShell();
    const vera = await givenUser('accountant', '4321');
    const tom = await givenUser('viewer', '9999');
    const signIn = (userId: string, pin: string) => call('app.signIn', { userId, pin });
    for (let attempt = 1; attempt <= 4; attempt += 1) await signIn(vera.id, '0000');
    expect(await signIn(vera.id, '4321')).toMatchObject({ ok: true }); // a right PIN resets
    await call('app.signOut', {});
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await signIn(vera.id, '0000')).toMatchObject({ error: { message: /not right/ } });
    }
    const locked = await signIn(vera.id, '4321');
    expect(locked).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Too many wrong PINs: try again in 5 minutes',
        field: 'pin',
      },
    });
    expect(session.userId()).toBeNull();
    expect(await signIn(tom.id, '9999')).toMatchObject({ ok: true }); // others are not locked
    await call('app.signOut', {});
    clock.advance({ minutes: 4 });
    expect(await signIn(vera.id, '4321')).toMatchObject({
      error: { message: 'Too many wrong PINs: try again in 1 minute' },
    });
    clock.advance({ minutes: 1 });
    expect(await signIn(vera.id, '4321')).toMatchObject({ ok: true, data: { user: vera } });
    backend.close();
  });

  it('lifts the lock when an admin resets that PIN', async () => {
    const { call, givenUser, backend } = givenShell();
    const vera = await givenUser('accountant', '4321');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await call('app.signIn', { userId: vera.id, pin: '0000' });
    }
    expect(await call('app.signIn', { userId: vera.id, pin: '4321' })).toMatchObject({
      error: { message: /Too many wrong PINs/ },
    });
    await call('app.signIn', { userId: 'admin' });
    const reset = await call('users.setPin', { userId: vera.id, pin: '2468', requestId: rid() });
    expect(reset).toMatchObject({ ok: true });
    await call('app.signOut', {});
    expect(await call('app.signIn', { userId: vera.id, pin: '2468' })).toMatchObject({
      ok: true,
    });
    backend.close();
  });

  it('validates its input with the schema, naming the field, before the engine', async () => {
    const { call, engineCalls, backend } = givenShell();
    for (const [input, field] of [
      [{}, 'userId'],
      [{ userId: '' }, 'userId'],
      [{ userId: 'admin', pin: 42 }, 'pin'],
      [null, 'input'],
    ] as const) {
      const result = await call('app.signIn', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    }
    expect(engineCalls).not.toHaveBeenCalled();
    backend.close();
  });

  it('refuses another origin, a foreign file or a vanished frame, untouched', async () => {
    const { handlers, engineCalls, backend } = givenShell();
    const listener = handlers.get('users.list');
    for (const frame of [{ url: EVIL_URL }, { url: 'file:///tmp/evil.html' }, { url: '' }, null]) {
      const result = await listener?.({ senderFrame: frame }, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(engineCalls).not.toHaveBeenCalled();
    backend.close();
  });

  it('refuses a foreign sender and leaves the session as it was', async () => {
    const { call, session, engineCalls, backend } = givenShell();
    const refused = await call('app.signIn', { userId: 'admin' }, EVIL_URL);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(session.userId()).toBeNull();
    expect(engineCalls).not.toHaveBeenCalled();
    backend.close();
  });
});

describe("the engine's users.signIn", () => {
  it('is refused to the renderer, signed in or not, without reaching the engine', async () => {
    const { gate, call, givenUser, engineCalls, session, backend } = givenShell();
    const viewer = await givenUser('viewer', '1111');
    expect(await call('app.signIn', { userId: viewer.id, pin: '1111' })).toMatchObject({
      ok: true,
    });
    engineCalls.mockClear();
    for (const input of [{ userId: 'admin', pin: '0000' }, { userId: 'admin' }, {}]) {
      expect(await gate.invoke('users.signIn', input)).toEqual(SHELL_ONLY);
    }
    expect(session.userId()).toBe(viewer.id);
    await call('app.signOut', {});
    expect(await gate.invoke('users.signIn', { userId: 'admin' })).toEqual(SHELL_ONLY);
    expect(engineCalls).not.toHaveBeenCalled();
    expect(session.userId()).toBeNull();
    backend.close();
  });
});

describe('after sign-in', () => {
  it('acts as the signed-in user whatever the input claims, until sign-out', async () => {
    const { call, engineCalls, givenUser, backend } = givenShell();
    const viewer = await givenUser('viewer');
    await call('app.signIn', { userId: viewer.id });
    const claim = { businessName: 'Spoofed', requestId: rid('settings'), actorId: 'admin' };
    // The claim is an unknown field, refused as such: it never reaches the role check.
    const refused = await call('settings.update', claim);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'actorId' } });
    expect(engineCalls).toHaveBeenLastCalledWith('settings.update', claim, { actorId: viewer.id });
    const { actorId: _actorId, ...plain } = claim;
    const forbidden = await call('settings.update', plain);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('settings.get', {})).toMatchObject({ ok: true });
    expect(await call('app.signOut', {})).toEqual({ ok: true, data: { user: null } });
    expect(await call('settings.get', {})).toEqual(SIGN_IN_FIRST);
    await call('app.signIn', { userId: 'admin' });
    const allowed = await call('settings.update', { ...plain, requestId: rid('settings') });
    expect(allowed).toMatchObject({ ok: true, data: { businessName: 'Spoofed' } });
    const audit = await backend.invoke('audit.list', { entityType: 'settings' });
    expect(audit).toMatchObject({ ok: true, data: { items: [{ actorId: 'admin' }] } });
    backend.close();
  });

  it('passes a valid save request to the chooser and refuses a bad one', async () => {
    const { call, chooseSavePath, backend } = givenShell();
    await call('app.signIn', { userId: 'admin' });
    const request = { title: 'Save statement', suggestedName: 'Acme March', extension: 'csv' };
    expect(await call('app.chooseSavePath', request)).toEqual({
      ok: true,
      data: { path: '/home/vera/Documents/a.pdf' },
    });
    expect(chooseSavePath).toHaveBeenCalledWith(request);
    const bad = await call('app.chooseSavePath', { ...request, extension: 'exe' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'extension' } });
    expect(chooseSavePath).toHaveBeenCalledTimes(1);
    backend.close();
  });

  it('signs out someone an admin removed, and shows a renamed user by their new name', async () => {
    const { call, session, backend, givenUser } = givenShell();
    const accountant = await givenUser('accountant');
    await call('app.signIn', { userId: accountant.id });
    const rename = { userId: accountant.id, name: 'Ali Khan', requestId: rid('user') };
    expect(await backend.invoke('users.update', rename)).toMatchObject({ ok: true });
    expect(await call('app.session', {})).toMatchObject({ data: { user: { name: 'Ali Khan' } } });
    const removal = { userId: accountant.id, reason: 'Left the firm', requestId: rid('user') };
    expect(await backend.invoke('users.remove', removal)).toMatchObject({ ok: true });
    expect(await call('settings.get', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await call('app.session', {})).toEqual({ ok: true, data: { user: null } });
    expect(session.userId()).toBeNull();
    expect(await call('app.signIn', { userId: accountant.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', field: 'userId' },
    });
    backend.close();
  });

  it('passes a valid folder request to the chooser, only after sign-in, and refuses a bad one', async () => {
    const { call, chooseExportFolder, backend } = givenShell();
    const request = {
      title: 'Month-end statements March 2026',
      files: [{ suggestedName: 'Acme statement', extension: 'pdf' }],
    };
    expect(await call('app.chooseExportFolder', request)).toEqual(SIGN_IN_FIRST);
    await call('app.signIn', { userId: 'admin' });
    expect(await call('app.chooseExportFolder', request)).toEqual({
      ok: true,
      data: { folder: '/home/vera/March', paths: ['/home/vera/March/Acme.pdf'] },
    });
    expect(chooseExportFolder).toHaveBeenCalledWith(request);
    for (const bad of [
      { ...request, files: [] },
      { ...request, files: [{ suggestedName: 'x', extension: 'exe' }] },
    ]) {
      expect(await call('app.chooseExportFolder', bad)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(chooseExportFolder).toHaveBeenCalledTimes(1);
    backend.close();
  });

  it('forgets a user the ledger no longer knows', async () => {
    const { call, session, backend } = givenShell();
    session.signIn('usr_gone');
    expect(await call('app.session', {})).toEqual({ ok: true, data: { user: null } });
    expect(session.userId()).toBeNull();
    backend.close();
  });
});
