/** Proves the error precedence of the time, schedule and user channels, one row per line. */
import { expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid } from '../../support/backend.ts';
import { describeRows, givenTime, MISSING } from './setup.ts';
import { workRows } from './work.rows.ts';

describeRows(workRows);

it('checks a selection entry by entry: the first failing entry decides, whatever its reason', async () => {
  const t = givenBackend();
  const customerId = await givenCustomer(t);
  const billed = await givenTime(t, customerId);
  await t.call('time.invoice', {
    customerId,
    timeEntryIds: [billed],
    issue: false,
    requestId: rid(),
  });
  for (const [timeEntryIds, code] of [
    [[billed, MISSING], 'CONFLICT'],
    [[MISSING, billed], 'NOT_FOUND'],
  ] as const) {
    const input = { customerId, timeEntryIds, requestId: rid() };
    expect((await t.fail('time.deduct', input)).code).toBe(code);
  }
});
