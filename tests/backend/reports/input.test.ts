/**
 * Proves each report channel refuses bad input with a typed error naming the field, before it
 * expires any lot (nothing is written): a date after today, a period that ends before it starts,
 * and a currency no customer uses.
 */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, topUp } from '../../support/backend.ts';

async function givenDueLot() {
  const t = givenBackend({ start: '2026-01-05T10:00:00Z' });
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '10.00', { expiresOn: '2026-01-10' });
  t.clock.set('2026-01-20T10:00:00Z');
  const events = async () => (await t.call('audit.list', { limit: 100 })).items.length;
  return { t, events, before: await events() };
}

describe('the report channels refuse bad input, naming the field', () => {
  it.each([
    ['reports.creditOwed', { asOf: '2026-01-21' }, 'asOf'],
    ['reports.agedReceivables', { asOf: '2026-02-01' }, 'asOf'],
    ['reports.activity', { from: '2026-01-10', to: '2026-01-09' }, 'to'],
    ['reports.journal', { from: '2026-01-01', to: '2026-01-21' }, 'to'],
    ['reports.creditOwed', { asOf: '2026-01-15', currency: 'JPY' }, 'currency'],
    ['reports.activity', { from: '2026-01-01', to: '2026-01-15', currency: 'EUR' }, 'currency'],
  ])('%s %j: VALIDATION on %s, and no lot expired', async (channel, input, field) => {
    const { t, events, before } = await givenDueLot();
    expect(await t.fail(channel, input)).toMatchObject({ code: 'VALIDATION', field });
    expect(await events()).toBe(before);
  });

  it('expires the due lots of the book when the input is good', async () => {
    const { t, events, before } = await givenDueLot();
    await t.call('reports.creditOwed', { asOf: '2026-01-15' });
    expect(await events()).toBeGreaterThan(before);
  });
});
