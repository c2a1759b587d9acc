/**
 * Rows of the `imports.*` tables: for each line, a call failing for it and for the later lines
 * that can hold at the same time (a file whose every row is refused fails for refused rows and
 * for having no row to write; an undone batch whose credit was also spent).
 */
import { charge, rid, type TestBackend } from '../../support/backend.ts';
import { commit, givenCsv, givenCustomersImported, LOTS, undo } from '../imports/given.ts';
import { MISSING, type HandlerRows } from './setup.ts';

const LOTS_HEADER = 'customer_external_id,currency,amount,kind,expires_on,opened_on';
/** A lots file whose one row names no customer. */
const refusedOnly = () => givenCsv('refused.csv', LOTS_HEADER, 'C-9,USD,5.00,paid,,2026-01-01');

function lotsCall(path: string, extra: Record<string, unknown> = {}) {
  return { input: { path, kind: 'opening_lots', mapping: {}, requestId: rid(), ...extra } };
}

/** A batch of lots whose credit was spent by a charge. */
async function givenSpentBatch(t: TestBackend): Promise<string> {
  const [acme] = await givenCustomersImported(t);
  const batch = await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
  await charge(t, acme, '1.00');
  return batch.id;
}

export const importRows: HandlerRows = {
  'imports.commit': [
    {
      code: 'VALIDATION',
      field: 'path',
      arrange: () => lotsCall('/no/such/folder/lots.csv', { mapping: { amount: 'Nope' } }),
    },
    {
      code: 'VALIDATION',
      field: 'mapping.amount',
      arrange: () => lotsCall(refusedOnly(), { mapping: { amount: 'Nope' } }),
    },
    {
      code: 'VALIDATION',
      field: 'mapping',
      arrange: () =>
        lotsCall(
          givenCsv(
            'no-amount.csv',
            'customer_external_id,currency,opened_on',
            'C-9,USD,2026-01-01',
          ),
        ),
    },
    { code: 'VALIDATION', field: 'skipRefused', arrange: () => lotsCall(refusedOnly()) },
    {
      code: 'VALIDATION',
      field: 'path',
      arrange: () => lotsCall(refusedOnly(), { skipRefused: true }),
    },
  ],
  'imports.undo': [
    {
      code: 'REASON_REQUIRED',
      field: 'reason',
      arrange: () => ({ input: { batchId: MISSING, reason: ' ', requestId: rid() } }),
    },
    {
      code: 'NOT_FOUND',
      field: 'batchId',
      arrange: () => ({ input: { batchId: MISSING, reason: 'Wrong', requestId: rid() } }),
    },
    {
      code: 'CONFLICT',
      field: 'batchId',
      arrange: async (t) => {
        const [acme] = await givenCustomersImported(t);
        const path = givenCsv('lots.csv', ...LOTS);
        const batch = await commit(t, { path, kind: 'opening_lots' });
        await undo(t, batch.id);
        await commit(t, { path, kind: 'opening_lots' });
        await charge(t, acme, '1.00');
        return { input: { batchId: batch.id, reason: 'Wrong', requestId: rid() } };
      },
    },
    {
      code: 'CONFLICT',
      field: 'batchId',
      arrange: async (t) => ({
        input: { batchId: await givenSpentBatch(t), reason: 'Wrong', requestId: rid() },
      }),
    },
  ],
};
