/**
 * Proves the router's order for every mutating channel: the acting user, then the schema, then
 * the role, then a reused request id, each winning over every later reason at once; so a viewer
 * sending bad input to an admin channel gets VALIDATION on the field, not FORBIDDEN.
 */
import { describe, expect, it } from 'vitest';
import { MUTATING_CHANNELS, ROUTER_CHECKS } from '../../../shared/contract/error-precedence.ts';
import { givenBackend, rid } from '../../support/backend.ts';
import { routerRows } from './router.rows.ts';
import { givenUser, proveRow } from './setup.ts';

describe.each(MUTATING_CHANNELS)('%s', (channel) => {
  routerRows(channel).forEach((row, index) => {
    const [code, when] = ROUTER_CHECKS[index] ?? ['INTERNAL', 'a row without a line'];
    it(`${index + 1}. ${code}: ${when}`, () => proveRow(channel, row));
  });
});

describe('schema before role', () => {
  it('gives a viewer or an accountant who sends bad input to an admin channel VALIDATION', async () => {
    const t = givenBackend();
    const bad = { defaultPaymentTermsDays: 'thirty', requestId: rid() };
    for (const role of ['viewer', 'accountant'] as const) {
      const error = await t.fail('settings.update', bad, await givenUser(t, role));
      expect({ role, code: error.code, field: error.field }).toEqual({
        role,
        code: 'VALIDATION',
        field: 'defaultPaymentTermsDays',
      });
    }
  });

  it('gives the same people FORBIDDEN once the input is well formed', async () => {
    const t = givenBackend();
    const good = { defaultPaymentTermsDays: 30, requestId: rid() };
    for (const role of ['viewer', 'accountant'] as const) {
      const error = await t.fail('settings.update', good, await givenUser(t, role));
      expect({ role, code: error.code, field: error.field }).toEqual({ role, code: 'FORBIDDEN' });
    }
    expect((await t.call('settings.get', {})).defaultPaymentTermsDays).not.toBe(30);
  });

  it('refuses someone who is not on file before looking at the input', async () => {
    const t = givenBackend();
    const error = await t.fail('settings.update', { requestId: 42 }, 'usr_nobody');
    expect({ code: error.code, field: error.field }).toEqual({ code: 'FORBIDDEN' });
  });
});
