/**
 * Proves that an imported new customer is made as `customers.create` makes one (both through
 * `newCustomerRow`): the same fields give the same customer, balance and due month.
 */
import { expect, it } from 'vitest';
import { givenBackend, rid } from '../../support/backend.ts';
import { commit, givenCsv } from './given.ts';

it('gives an imported customer exactly the fields customers.create gives', async () => {
  const t = givenBackend();
  const created = await t.call('customers.create', {
    name: 'Acme Studio',
    currency: 'USD',
    email: 'acme@example.com',
    requestId: rid(),
  });
  const path = givenCsv('c.csv', 'name,currency,email', 'Birch Ltd,USD,acme@example.com');
  await commit(t, { path, kind: 'customers' });
  const list = await t.call('customers.list', {});
  const imported = list.items.find((item) => item.name === 'Birch Ltd');
  const read = await t.call('customers.get', { customerId: imported?.id ?? '' });
  const { id, name, ...rest } = read;
  const { id: createdId, name: createdName, ...createdRest } = created;
  expect([id.startsWith('cus_'), createdId.startsWith('cus_'), name, createdName]).toEqual([
    true,
    true,
    'Birch Ltd',
    'Acme Studio',
  ]);
  expect(rest).toEqual(createdRest);
});
