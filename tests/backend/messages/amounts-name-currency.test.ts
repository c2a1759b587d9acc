/** Proves that an amount in a refusal names its currency (issue #15's wording rule). */
import { describe, expect, it } from 'vitest';
import {
  givenBackend,
  givenCustomer,
  givenIssuedInvoice,
  rid,
  topUp,
} from '../../support/backend.ts';

describe('amounts in refusals', () => {
  it('name their currency when credit applied exceeds what is due or what the balance holds', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t, { autoApplyCredit: false });
    const invoice = await givenIssuedInvoice(t, customerId, '10.00');
    await topUp(t, customerId, '5.00');
    const apply = (amount: string) =>
      t.fail('balance.applyToInvoice', { invoiceId: invoice.id, amount, requestId: rid() });
    expect((await apply('20.00')).message).toBe('Only 10.00 USD is outstanding');
    expect((await apply('8.00')).message).toBe('The balance is only 5.00 USD');
  });
});
