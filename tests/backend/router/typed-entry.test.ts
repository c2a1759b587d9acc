/**
 * Proves the engine's two doors: `invoke` is typed from the channel registry (a wrong channel or
 * input is a compile error, checked by `npm run typecheck` through COMPILE_CHECKS, and the answer
 * has the channel's own type), yet still validates at run time for callers that
 * bypass the compiler; `invokeUnknown` takes unchecked data and refuses it as the router does.
 * The test helper's `call` takes exactly the channel's input; `fail` takes anything.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/index.ts';
import type { Customer } from '../../../shared/contract/types.ts';
import { givenBackend, rid, type TestBackend } from '../../support/backend.ts';

const ACME = { name: 'Acme', currency: 'EUR', requestId: 'acme-1' };

/** True when a value of type V may be passed where T is expected. */
type Accepts<T, V> = [V] extends [T] ? true : false;

declare const _backend: Backend;
declare const _helper: TestBackend;
type InvokeChannel = Parameters<typeof _backend.invoke>[0];
type ChargeInput = Parameters<typeof _backend.invoke<'balance.charge'>>[1];
type CreateCallInput = Parameters<typeof _helper.call<'customers.create'>>[1];
type RefundCallInput = Parameters<typeof _helper.call<'balance.refund'>>[1];
type Charge = { customerId: string; amount: string; description: string; requestId: string };

/**
 * Checked by `npm run typecheck`: each entry stops compiling when `invoke` or the helper's `call`
 * stops checking (a wrong channel, a number for money, a missing requestId, an unknown method).
 */
const COMPILE_CHECKS: [
  Accepts<InvokeChannel, 'balance.steal'>,
  Accepts<ChargeInput, Omit<Charge, 'amount'> & { amount: number }>,
  Accepts<CreateCallInput, { name: string; currency: string }>,
  Accepts<
    RefundCallInput,
    { customerId: string; amount: string; method: 'iou'; reason: string; requestId: string }
  >,
  Accepts<ChargeInput, Charge>,
] = [false, false, false, false, true];

describe('the types of the entry', () => {
  it('refuse a wrong channel or input and accept a right one', () => {
    expect(COMPILE_CHECKS).toEqual([false, false, false, false, true]);
  });
});

describe('the typed entry', () => {
  it("answers with the channel's own type", async () => {
    const t = givenBackend();
    const result = await t.backend.invoke('customers.create', ACME);
    expect(result.ok).toBe(true);
    const customer: Customer | null = result.ok ? result.data : null;
    expect(customer).toMatchObject({ name: 'Acme', currency: 'EUR' });
  });

  it('leaves out a defaulted field, as the schema allows', async () => {
    const t = givenBackend();
    const customer = await t.call('customers.create', { ...ACME, requestId: rid() });
    const entry = await t.call('time.create', {
      customerId: customer.id,
      date: '2026-02-27',
      hours: '1',
      description: 'Design',
      hourlyRate: '80.00',
      requestId: rid(),
    });
    // `issue` defaults to true: the invoice comes back issued, not as a draft.
    const invoice = await t.call('time.invoice', {
      customerId: customer.id,
      timeEntryIds: [entry.id],
      requestId: rid(),
    });
    expect(invoice.status).not.toBe('draft');
  });

  it('still refuses bad input from a caller that bypassed the compiler', async () => {
    const t = givenBackend();
    const unchecked = { name: 'Acme', currency: 'EUR' } as never;
    const result = await t.backend.invoke('customers.create', unchecked);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'requestId' } });
    expect((await t.call('customers.list', {})).items).toEqual([]);
  });
});

describe('the entry for unchecked data', () => {
  it('refuses an unknown channel, even one that is not a string', async () => {
    const t = givenBackend();
    for (const channel of ['balance.steal', 42, null]) {
      expect(await t.backend.invokeUnknown(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'channel' },
      });
    }
  });

  it('refuses bad input naming the field, and answers good input as `invoke` does', async () => {
    const t = givenBackend();
    const bad = await t.backend.invokeUnknown('customers.create', { ...ACME, currency: 7 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'currency' } });
    const good = await t.backend.invokeUnknown('customers.create', ACME);
    expect(good).toEqual(await t.backend.invoke('customers.create', ACME));
  });
});
