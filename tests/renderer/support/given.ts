/**
 * Builders that set up state straight through the engine (as `admin`), for journeys whose subject
 * is elsewhere; each returns ids and takes overrides.
 */
import type { ChannelInput } from '../../../shared/contract/channels.ts';
import type { Engine } from './engine-client.ts';

let counter = 0;

export function rid(label = 'given'): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}`;
}

export async function givenCustomer(
  engine: Engine,
  overrides: Partial<ChannelInput<'customers.create'>> = {},
): Promise<string> {
  const customer = await engine.call('customers.create', {
    name: 'Acme Studio',
    currency: 'USD',
    requestId: rid('customer'),
    ...overrides,
  });
  return customer.id;
}

export async function givenTopUp(
  engine: Engine,
  customerId: string,
  amount: string,
  kind: 'paid' | 'promotional' = 'paid',
) {
  return engine.call('balance.topUp', { customerId, amount, kind, requestId: rid('top-up') });
}

export async function givenIssuedInvoice(
  engine: Engine,
  customerId: string,
  unitPrice: string,
  description = 'Design work',
) {
  const draft = await engine.call('invoices.create', {
    customerId,
    lines: [{ description, quantity: '1', unitPrice }],
    requestId: rid('invoice'),
  });
  return engine.call('invoices.issue', { invoiceId: draft.id, requestId: rid('issue') });
}

export async function givenUser(
  engine: Engine,
  name: string,
  role: 'admin' | 'accountant' | 'viewer',
  pin?: string,
) {
  return engine.call('users.create', {
    name,
    role,
    ...(pin === undefined ? {} : { pin }),
    requestId: rid('user'),
  });
}
