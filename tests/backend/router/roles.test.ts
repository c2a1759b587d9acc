/** Proves the roles of SPEC 7: viewers only read, only admins change settings, users and billing modes. */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid, topUp } from '../../support/backend.ts';

async function givenUsers() {
  const t = givenBackend();
  const viewer = await t.call('users.create', { name: 'Vera', role: 'viewer', requestId: rid() });
  const accountant = await t.call('users.create', {
    name: 'Ali',
    role: 'accountant',
    pin: '1234',
    requestId: rid(),
  });
  return { t, viewer: viewer.id, accountant: accountant.id };
}

describe('roles', () => {
  it('lets a viewer read but not change anything', async () => {
    const { t, viewer } = await givenUsers();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '10.00');
    expect((await t.call('balance.get', { customerId }, viewer)).balance).toBe('10.00');
    expect((await t.call('audit.verify', {}, viewer)).ok).toBe(true);
    const error = await t.fail(
      'balance.topUp',
      { customerId, amount: '1.00', kind: 'paid', requestId: rid() },
      viewer,
    );
    expect(error.code).toBe('FORBIDDEN');
    expect((await t.call('balance.get', { customerId })).balance).toBe('10.00');
  });

  it('lets an accountant move money but not change settings, users or billing modes', async () => {
    const { t, accountant } = await givenUsers();
    const customerId = await givenCustomer(t);
    const topped = await t.call(
      'balance.topUp',
      { customerId, amount: '5.00', kind: 'paid', requestId: rid() },
      accountant,
    );
    expect(topped.entry.actorId).toBe(accountant);
    const settings = await t.fail(
      'settings.update',
      { businessName: 'Mine', requestId: rid() },
      accountant,
    );
    expect(settings.code).toBe('FORBIDDEN');
    const users = await t.fail(
      'users.create',
      { name: 'X', role: 'admin', requestId: rid() },
      accountant,
    );
    expect(users.code).toBe('FORBIDDEN');
    const mode = await t.fail(
      'customers.setBillingMode',
      { customerId, mode: 'postpaid', reason: 'Trusted', requestId: rid() },
      accountant,
    );
    expect(mode.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown acting user', async () => {
    const t = givenBackend();
    expect((await t.fail('settings.get', {}, 'usr_ghost')).code).toBe('FORBIDDEN');
  });

  it('starts with one admin and never reveals a PIN', async () => {
    const { t } = await givenUsers();
    const users = await t.call('users.list', {});
    expect(users.map((user) => [user.name, user.role, user.hasPin])).toEqual([
      ['admin', 'admin', false],
      ['Vera', 'viewer', false],
      ['Ali', 'accountant', true],
    ]);
    expect(JSON.stringify(users)).not.toContain('1234');
  });
});

describe('users.signIn', () => {
  it('checks the PIN of a user who has one, and names no PIN otherwise', async () => {
    const { t, viewer, accountant } = await givenUsers();
    expect((await t.call('users.signIn', { userId: viewer })).name).toBe('Vera');
    expect((await t.call('users.signIn', { userId: accountant, pin: '1234' })).role).toBe(
      'accountant',
    );
    expect(await t.fail('users.signIn', { userId: accountant, pin: '9999' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'pin',
    });
    expect(await t.fail('users.signIn', { userId: accountant })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'pin',
    });
    expect(await t.fail('users.signIn', { userId: 'usr_x' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'userId',
    });
  });
});

describe('users.setPin', () => {
  it('lets an admin reset or remove a PIN, logs it without the PIN, and refuses anyone else', async () => {
    const { t, viewer, accountant } = await givenUsers();
    const reset = await t.call('users.setPin', {
      userId: accountant,
      pin: '5678',
      requestId: rid(),
    });
    expect(reset).toMatchObject({ id: accountant, hasPin: true });
    expect(await t.fail('users.signIn', { userId: accountant, pin: '1234' })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await t.call('users.signIn', { userId: accountant, pin: '5678' })).id).toBe(accountant);

    const removed = await t.call('users.setPin', {
      userId: accountant,
      pin: null,
      requestId: rid(),
    });
    expect(removed.hasPin).toBe(false);
    expect((await t.call('users.signIn', { userId: accountant })).id).toBe(accountant);

    const refused = [
      [{ userId: viewer, pin: '1111', requestId: rid() }, accountant, 'FORBIDDEN', undefined],
      [{ userId: viewer, pin: '12', requestId: rid() }, undefined, 'VALIDATION', 'pin'],
      [{ userId: 'usr_nobody', pin: '1111', requestId: rid() }, undefined, 'NOT_FOUND', 'userId'],
    ] as const;
    for (const [input, actor, code, field] of refused) {
      expect(await t.fail('users.setPin', input, actor)).toMatchObject({
        code,
        ...(field ? { field } : {}),
      });
    }
    expect((await t.call('users.signIn', { userId: viewer })).hasPin).toBe(false);
    const events = await t.call('audit.list', { entityType: 'user', entityId: accountant });
    const pinEvents = events.items.filter((event) => event.action === 'users.setPin');
    expect(pinEvents.map((event) => [event.entityId, event.after])).toEqual([
      [accountant, { hasPin: false }],
      [accountant, { hasPin: true }],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/5678|1234/);
  });
});
