/**
 * Rows of the `balance.reverse` table: a blank reason for a missing entry, a missing entry, a
 * reversal of a reversal, and a reversal that would take the balance past its limit.
 */
import { charge, givenCustomer, rid, topUp, type TestBackend } from '../../support/backend.ts';
import { fillToLimit, MISSING, type HandlerRows } from './setup.ts';

function reverseInput(entryId: string, reason = 'Mistake') {
  return { input: { entryId, reason, requestId: rid() } };
}

/** A reversal, which is refused a reversal of its own. */
async function reversedReversal(t: TestBackend): Promise<string> {
  const customerId = await givenCustomer(t);
  const credit = await topUp(t, customerId, '1.00');
  const reversal = await t.call('balance.reverse', reverseInput(credit.entry.id).input);
  return reversal.entry.id;
}

/** A charge of 1.00 whose reversal would take a balance at its limit past it. */
async function chargeAtLimit(t: TestBackend): Promise<string> {
  const customerId = await givenCustomer(t);
  await topUp(t, customerId, '1.00');
  const charged = await charge(t, customerId, '1.00');
  await fillToLimit(t, customerId);
  return charged.entry.id;
}

export const reverseRows: HandlerRows = {
  'balance.reverse': [
    { code: 'REASON_REQUIRED', field: 'reason', arrange: () => reverseInput(MISSING, ' ') },
    { code: 'NOT_FOUND', field: 'entryId', arrange: () => reverseInput(MISSING) },
    {
      code: 'CONFLICT',
      field: 'entryId',
      arrange: async (t) => reverseInput(await reversedReversal(t)),
    },
    {
      code: 'VALIDATION',
      field: 'entryId',
      arrange: async (t) => reverseInput(await chargeAtLimit(t)),
    },
  ],
};
