/**
 * Proves SPEC 12's last rule: every channel refuses input fields it does not know with a typed
 * VALIDATION error naming the field, instead of dropping them silently (a `kind` a schedule does
 * not take once made a standard schedule without a word).
 */
import { describe, expect, it } from 'vitest';
import { appChannels } from '../../../shared/contract/app-channels.ts';
import { channels } from '../../../shared/contract/channels.ts';
import { ZodDiscriminatedUnion, type z } from 'zod';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';

/**
 * Whether the schema names `field` as unknown among its issues for an input holding it; a union
 * on a discriminator (imports, one shape per kind) must refuse it in every one of its shapes.
 */
function refusesUnknown(schema: z.ZodType, field: string): boolean {
  if (schema instanceof ZodDiscriminatedUnion) {
    return schema.options.every((option) => refusesUnknown(option as z.ZodType, field));
  }
  const parsed = schema.safeParse({ [field]: 1 });
  return (parsed.error?.issues ?? []).some(
    (issue) => issue.code === 'unrecognized_keys' && issue.keys.includes(field),
  );
}

describe('unknown input fields', () => {
  it('are refused by the schema of every channel, the app shell’s too', () => {
    const schemas = { ...channels, ...appChannels };
    const lax = Object.entries(schemas)
      .filter(([, spec]) => !refusesUnknown('input' in spec ? spec.input : spec, 'surprise'))
      .map(([name]) => name);
    expect(lax).toEqual([]);
  });

  it('are refused with VALIDATION on the field, and nothing is written', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const topUp = { customerId, amount: '10.00', kind: 'paid', requestId: rid() };
    const error = await t.fail('balance.topUp', { ...topUp, note: 'hello' });
    expect({ code: error.code, field: error.field }).toEqual({ code: 'VALIDATION', field: 'note' });
    expect((await t.call('balance.get', { customerId })).balance).toBe('0.00');
    const nested = await t.fail('invoices.create', {
      customerId,
      lines: [{ description: 'Work', quantity: '1', unitPrice: '5.00', colour: 'red' }],
      requestId: rid(),
    });
    expect(nested.field).toBe('lines.0.colour');
  });
});
