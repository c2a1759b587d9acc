/**
 * Proves renaming, role changes and removal of people (users.update, users.remove): the file
 * always keeps an admin, removed people can neither sign in nor act, and history keeps them.
 */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';

async function givenTeam() {
  const t = givenBackend();
  const admin2 = await t.call('users.create', { name: 'Ada', role: 'admin', requestId: rid() });
  const accountant = await t.call('users.create', {
    name: 'Ali',
    role: 'accountant',
    pin: '1234',
    requestId: rid(),
  });
  return { t, admin2: admin2.id, accountant: accountant.id };
}

describe('users.update', () => {
  it('renames someone and changes their role, with an audit event of both', async () => {
    const { t, accountant } = await givenTeam();
    const renamed = await t.call('users.update', {
      userId: accountant,
      name: '  Ali Khan ',
      requestId: rid(),
    });
    expect(renamed).toMatchObject({ id: accountant, name: 'Ali Khan', role: 'accountant' });
    const demoted = await t.call('users.update', {
      userId: accountant,
      role: 'viewer',
      requestId: rid(),
    });
    expect(demoted).toMatchObject({ name: 'Ali Khan', role: 'viewer', hasPin: true });
    const customerId = await givenCustomer(t);
    const refused = await t.fail(
      'balance.topUp',
      { customerId, amount: '1.00', kind: 'paid', requestId: rid() },
      accountant,
    );
    expect(refused.code).toBe('FORBIDDEN');

    const events = await t.call('audit.list', { entityType: 'user', entityId: accountant });
    const updates = events.items.filter((event) => event.action === 'users.update');
    expect(updates.map((event) => [event.before, event.after])).toEqual([
      [
        { name: 'Ali Khan', role: 'accountant' },
        { name: 'Ali Khan', role: 'viewer' },
      ],
      [
        { name: 'Ali', role: 'accountant' },
        { name: 'Ali Khan', role: 'accountant' },
      ],
    ]);
  });

  it('keeps an admin: the last one cannot be demoted, one of two can', async () => {
    const { t, admin2 } = await givenTeam();
    await t.call('users.update', { userId: 'admin', role: 'accountant', requestId: rid() }, admin2);
    const last = await t.fail(
      'users.update',
      { userId: admin2, role: 'viewer', requestId: rid() },
      admin2,
    );
    expect(last).toMatchObject({ code: 'CONFLICT', field: 'role' });
    expect(last.message).toContain('only admin');
    const listed = await t.call('users.list', {}, admin2);
    expect(listed.map((user) => [user.name, user.role])).toEqual([
      ['admin', 'accountant'],
      ['Ada', 'admin'],
      ['Ali', 'accountant'],
    ]);
  });

  it('refuses bad input, strangers and non-admins, and changes nothing', async () => {
    const { t, accountant } = await givenTeam();
    const cases = [
      [{ userId: accountant, requestId: rid() }, undefined, 'VALIDATION', 'name'],
      [{ userId: accountant, name: '   ', requestId: rid() }, undefined, 'VALIDATION', 'name'],
      [{ userId: accountant, role: 'owner', requestId: rid() }, undefined, 'VALIDATION', 'role'],
      [{ userId: 'usr_nobody', name: 'X', requestId: rid() }, undefined, 'NOT_FOUND', 'userId'],
      [{ userId: accountant, name: 'X', requestId: rid() }, accountant, 'FORBIDDEN', undefined],
    ] as const;
    for (const [input, actor, code, field] of cases) {
      expect(await t.fail('users.update', input, actor)).toMatchObject({
        code,
        ...(field ? { field } : {}),
      });
    }
    const listed = await t.call('users.list', {});
    expect(listed.map((user) => [user.name, user.role])).toEqual([
      ['admin', 'admin'],
      ['Ada', 'admin'],
      ['Ali', 'accountant'],
    ]);
  });
});

describe('users.remove', () => {
  it('takes someone off the sign-in list and stops them acting, keeping their history', async () => {
    const { t, accountant } = await givenTeam();
    const customerId = await givenCustomer(t);
    const entry = await t.call(
      'balance.topUp',
      { customerId, amount: '10.00', kind: 'paid', requestId: rid() },
      accountant,
    );
    const now = t.clock.now().toISOString();
    const removed = await t.call('users.remove', {
      userId: accountant,
      reason: 'Left the firm',
      requestId: rid(),
    });
    expect(removed).toMatchObject({ id: accountant, name: 'Ali', removedAt: now });

    expect((await t.call('users.list', {})).map((user) => user.name)).toEqual(['admin', 'Ada']);
    const everyone = await t.call('users.listAll', {});
    expect(everyone.map((user) => [user.name, user.removedAt])).toEqual([
      ['admin', null],
      ['Ada', null],
      ['Ali', now],
    ]);
    expect(await t.fail('users.signIn', { userId: accountant, pin: '1234' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'userId',
    });
    const acting = await t.fail(
      'balance.topUp',
      { customerId, amount: '1.00', kind: 'paid', requestId: rid() },
      accountant,
    );
    expect(acting).toMatchObject({ code: 'FORBIDDEN', message: 'This user was removed' });
    expect(await t.fail('balance.get', { customerId }, accountant)).toMatchObject({
      code: 'FORBIDDEN',
    });

    const history = await t.call('balance.history', { customerId });
    expect(history.items.map((item) => [item.id, item.actorId])).toEqual([
      [entry.entry.id, accountant],
    ]);
    const events = await t.call('audit.list', { entityType: 'user', entityId: accountant });
    expect(events.items[0]).toMatchObject({
      action: 'users.remove',
      reason: 'Left the firm',
      after: { id: accountant, removedAt: now },
    });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('never removes yourself, the first user, the last admin or someone already removed', async () => {
    const { t, admin2, accountant } = await givenTeam();
    const refusals = [
      [{ userId: admin2, reason: 'x' }, admin2, 'yourself'],
      [{ userId: 'admin', reason: 'x' }, admin2, 'first user'],
    ] as const;
    for (const [input, actor, words] of refusals) {
      const error = await t.fail('users.remove', { ...input, requestId: rid() }, actor);
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'userId' });
      expect(error.message).toContain(words);
    }
    await t.call('users.remove', { userId: accountant, reason: 'Left', requestId: rid() });
    const again = await t.fail('users.remove', {
      userId: accountant,
      reason: 'Left',
      requestId: rid(),
    });
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    expect(again.message).toContain('was removed on');
    const renaming = await t.fail('users.update', {
      userId: accountant,
      name: 'Back',
      requestId: rid(),
    });
    expect(renaming).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    expect(
      await t.fail('users.setPin', { userId: accountant, pin: '4321', requestId: rid() }),
    ).toMatchObject({ code: 'CONFLICT', field: 'userId' });

    await t.call('users.update', { userId: 'admin', role: 'viewer', requestId: rid() }, admin2);
    const lastAdmin = await t.fail(
      'users.remove',
      { userId: admin2, reason: 'x', requestId: rid() },
      admin2,
    );
    expect(lastAdmin).toMatchObject({ code: 'CONFLICT', field: 'userId' });
  });

  it('needs a reason and an admin, and changes nothing when refused', async () => {
    const { t, accountant } = await givenTeam();
    const cases = [
      [{ userId: accountant, requestId: rid() }, undefined, 'REASON_REQUIRED', 'reason'],
      [
        { userId: accountant, reason: '  ', requestId: rid() },
        undefined,
        'REASON_REQUIRED',
        'reason',
      ],
      [{ userId: 'usr_nobody', reason: 'x', requestId: rid() }, undefined, 'NOT_FOUND', 'userId'],
      [{ userId: 'admin', reason: 'x', requestId: rid() }, accountant, 'FORBIDDEN', undefined],
    ] as const;
    for (const [input, actor, code, field] of cases) {
      expect(await t.fail('users.remove', input, actor)).toMatchObject({
        code,
        ...(field ? { field } : {}),
      });
    }
    expect((await t.call('users.listAll', {})).every((user) => user.removedAt === null)).toBe(true);
  });
});
