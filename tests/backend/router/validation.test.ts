/** Proves that bad input of every kind gets the right typed error, names the field, and changes nothing. */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  rid,
  topUp,
  type TestBackend,
} from '../../support/backend.ts';

async function fingerprint(t: TestBackend) {
  const audit = await t.call('audit.list', { limit: 500 });
  const customers = await t.call('customers.list', { limit: 500 });
  return JSON.stringify({ audit: audit.items, customers: customers.items });
}

type Row = [
  name: string,
  channel: string,
  input: (customerId: string) => unknown,
  code: string,
  field?: string,
];

const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);

const rows: Row[] = [
  ['unknown channel', 'balance.steal', () => ({}), 'VALIDATION', 'channel'],
  ['not an object', 'balance.charge', () => 'charge me', 'VALIDATION', 'input'],
  ['missing input', 'balance.charge', () => undefined, 'VALIDATION', 'input'],
  [
    'missing field',
    'balance.charge',
    (id) => ({ customerId: id, amount: '1.00', requestId: rid() }),
    'VALIDATION',
    'description',
  ],
  [
    'number for amount',
    'balance.charge',
    (id) => ({ customerId: id, amount: 10, description: 'x', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    'negative amount',
    'balance.charge',
    (id) => ({ customerId: id, amount: '-1.00', description: 'x', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    'zero amount',
    'balance.topUp',
    (id) => ({ customerId: id, amount: '0.00', kind: 'paid', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    'exponent amount',
    'balance.topUp',
    (id) => ({ customerId: id, amount: '1e309', kind: 'paid', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    'NaN amount',
    'balance.topUp',
    (id) => ({ customerId: id, amount: 'NaN', kind: 'paid', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    '3 decimals for USD',
    'balance.topUp',
    (id) => ({ customerId: id, amount: '1.005', kind: 'paid', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    'too large',
    'balance.topUp',
    (id) => ({ customerId: id, amount: '99999999999999999', kind: 'paid', requestId: rid() }),
    'VALIDATION',
    'amount',
  ],
  [
    'unknown kind',
    'balance.topUp',
    (id) => ({ customerId: id, amount: '1.00', kind: 'free', requestId: rid() }),
    'VALIDATION',
    'kind',
  ],
  [
    'impossible date',
    'balance.topUp',
    (id) => ({
      customerId: id,
      amount: '1.00',
      kind: 'paid',
      expiresOn: '2026-02-30',
      requestId: rid(),
    }),
    'VALIDATION',
    'expiresOn',
  ],
  [
    'missing requestId',
    'balance.topUp',
    (id) => ({ customerId: id, amount: '1.00', kind: 'paid' }),
    'VALIDATION',
    'requestId',
  ],
  [
    'unknown customer',
    'balance.topUp',
    () => ({ customerId: 'cus_nobody', amount: '1.00', kind: 'paid', requestId: rid() }),
    'NOT_FOUND',
    'customerId',
  ],
  [
    '1 MB description',
    'balance.charge',
    (id) => ({ customerId: id, amount: '1.00', description: ONE_MEGABYTE, requestId: rid() }),
    'VALIDATION',
    'description',
  ],
  [
    '1 MB name',
    'customers.create',
    () => ({ name: ONE_MEGABYTE, currency: 'USD', requestId: rid() }),
    'VALIDATION',
    'name',
  ],
  [
    'unknown currency',
    'customers.create',
    () => ({ name: 'A', currency: 'XYZ', requestId: rid() }),
    'VALIDATION',
    'currency',
  ],
  [
    'blank name',
    'customers.create',
    () => ({ name: '  ', currency: 'USD', requestId: rid() }),
    'VALIDATION',
    'name',
  ],
  [
    'bad email',
    'customers.create',
    () => ({ name: 'A', currency: 'USD', email: 'nope', requestId: rid() }),
    'VALIDATION',
    'email',
  ],
  [
    'rate decimals',
    'customers.create',
    () => ({ name: 'A', currency: 'JPY', hourlyRate: '10.5', requestId: rid() }),
    'VALIDATION',
    'hourlyRate',
  ],
  ['page limit too big', 'customers.list', () => ({ limit: 100000 }), 'VALIDATION', 'limit'],
];

describe('bad input', () => {
  it.each(rows)('%s gives %s and changes nothing', async (_name, channel, input, code, field) => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    await topUp(t, customerId, '50.00');
    const before = await fingerprint(t);
    const error = await t.fail(channel, input(customerId));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message.length).toBeLessThan(300);
    expect(await fingerprint(t)).toBe(before);
  });

  it('never throws, even for garbage context', async () => {
    const t = givenBackend();
    const result = await t.backend.invoke('settings.get', {}, { actorId: 42 } as never);
    expect(result.ok).toBe(true);
  });
});
