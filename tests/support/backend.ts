/**
 * Test support: a fresh in-memory backend per test on a fake clock, a typed `call` that takes
 * exactly the channel's input and returns data or fails the test with the engine's error, and
 * `fail`, which takes any input (tests of bad input) and returns the engine's refusal. In the pg
 * project (BALANCEBOOK_TEST_DB=pg) the book is a fresh server book instead (pg-book.ts).
 */
import { expect } from 'vitest';
import type {
  ChannelCallInput,
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../shared/contract/channels.ts';
import type { ErrorBody } from '../../shared/errors.ts';
import { createBackend, type Backend } from '../../electron/backend/index.ts';
import { onServerBooks, serverBackend } from './pg-book.ts';

export type FakeClock = {
  now: () => Date;
  set: (instant: string) => void;
  advance: (by: { days?: number; hours?: number; minutes?: number }) => void;
};

export function fakeClock(start = '2026-03-01T09:00:00Z'): FakeClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = Date.parse(instant);
    },
    advance: ({ days = 0, hours = 0, minutes = 0 }) => {
      current += ((days * 24 + hours) * 60 + minutes) * 60_000;
    },
  };
}

export type TestBackend = {
  backend: Backend;
  clock: FakeClock;
  call<C extends ChannelName>(
    channel: C,
    input: ChannelCallInput<C>,
    actorId?: string,
  ): Promise<ChannelOutput<C>>;
  /** Unchecked on purpose: a wrong channel or input is what these tests send. */
  fail(channel: string, input: unknown, actorId?: string): Promise<ErrorBody>;
};

let requestCounter = 0;

/** A request id unique within the test run. */
export function rid(label = 'req'): string {
  requestCounter += 1;
  return `${label}-${requestCounter}`;
}

export function givenBackend(
  options: {
    start?: string;
    timeZone?: string;
    dbPath?: string;
    busyTimeoutMs?: number;
    batchBudgetMs?: number;
  } = {},
): TestBackend {
  const clock = fakeClock(options.start);
  const common = {
    now: clock.now,
    timeZone: options.timeZone ?? 'Europe/Brussels',
    batchBudgetMs: options.batchBudgetMs,
    onInternalError: (error: unknown) => {
      throw error;
    },
  };
  // The pg project (vitest.pg.config.mts) runs every in-memory book as a server book; a test
  // naming a file (dbPath) is about the file and stays on SQLite.
  const backend =
    options.dbPath === undefined && onServerBooks()
      ? serverBackend(common)
      : createBackend({
          ...common,
          dbPath: options.dbPath ?? ':memory:',
          busyTimeoutMs: options.busyTimeoutMs,
        });
  return {
    backend,
    clock,
    async call(channel, input, actorId) {
      const result = await backend.invoke(channel, input, actorId ? { actorId } : undefined);
      if (!result.ok) expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.data;
    },
    async fail(channel, input, actorId) {
      const result = await backend.invokeUnknown(channel, input, actorId ? { actorId } : undefined);
      if (result.ok)
        expect.fail(`${channel} should have failed but returned ${JSON.stringify(result.data)}`);
      return result.error;
    },
  };
}

/** A customer with defaults; returns its id. */
export async function givenCustomer(
  t: TestBackend,
  overrides: Partial<ChannelInput<'customers.create'>> = {},
): Promise<string> {
  const customer = await t.call('customers.create', {
    name: 'Acme Studio',
    currency: 'USD',
    requestId: rid('customer'),
    ...overrides,
  });
  return customer.id;
}

export async function topUp(
  t: TestBackend,
  customerId: string,
  amount: string,
  extra: Partial<ChannelInput<'balance.topUp'>> = {},
) {
  return t.call('balance.topUp', {
    customerId,
    amount,
    kind: 'paid',
    requestId: rid('topup'),
    ...extra,
  });
}

export async function charge(
  t: TestBackend,
  customerId: string,
  amount: string,
  description = 'Work',
) {
  return t.call('balance.charge', { customerId, amount, description, requestId: rid('charge') });
}

/** Switches the billing mode, as an admin with a reason. */
export async function setBillingMode(
  t: TestBackend,
  customerId: string,
  mode: 'prepaid' | 'credit_limit' | 'postpaid',
  creditLimit?: string,
) {
  return t.call('customers.setBillingMode', {
    customerId,
    mode,
    creditLimit,
    reason: 'Agreed terms',
    requestId: rid('mode'),
  });
}

export type LineInput = {
  description: string;
  quantity: string;
  unitPrice: string;
  taxRate?: string;
};

export const ONE_LINE = (unitPrice: string): LineInput[] => [
  { description: 'Design work', quantity: '1', unitPrice },
];

/** A draft invoice for one line of `amount`; returns the invoice. */
export async function givenDraft(
  t: TestBackend,
  customerId: string,
  amount: string,
  extra: Partial<ChannelInput<'invoices.create'>> = {},
) {
  return t.call('invoices.create', {
    customerId,
    lines: ONE_LINE(amount),
    requestId: rid('invoice'),
    ...extra,
  });
}

/** An issued invoice (settled from the balance where the rules say so). */
export async function givenIssuedInvoice(
  t: TestBackend,
  customerId: string,
  amount: string,
  extra: Partial<ChannelInput<'invoices.create'>> = {},
) {
  const draft = await givenDraft(t, customerId, amount, extra);
  return t.call('invoices.issue', { invoiceId: draft.id, requestId: rid('issue') });
}
