/**
 * Proves that `balance.history` links a reversal and the entry it undid to each other, and an
 * imported entry to the import that wrote it (SPEC 12: every document, the reversal and the
 * import batch included), each with words naming it.
 */
import { describe, expect, it } from 'vitest';
import { givenBackend, givenCustomer, rid, topUp } from '../../support/backend.ts';
import { commit, givenCsv, givenCustomersImported, LOTS } from '../imports/given.ts';

describe('balance.history links', () => {
  it('links a reversal and the entry it reverses both ways', async () => {
    const t = givenBackend();
    const customerId = await givenCustomer(t);
    const mistake = await topUp(t, customerId, '500.00');
    await t.call('balance.reverse', {
      entryId: mistake.entry.id,
      reason: 'Typed twice',
      requestId: rid(),
    });
    const [reversal, original] = (await t.call('balance.history', { customerId })).items;
    expect(reversal?.documents).toEqual([
      { kind: 'reversal', id: mistake.entry.id, label: 'Reverses entry #1' },
    ]);
    expect(original?.documents).toEqual([
      { kind: 'reversal', id: reversal?.id, label: 'Reversed by entry #2' },
    ]);
  });

  it('links an imported entry to its import, and an entry typed by hand to none', async () => {
    const t = givenBackend();
    const [acme] = await givenCustomersImported(t);
    const batch = await commit(t, { path: givenCsv('lots.csv', ...LOTS), kind: 'opening_lots' });
    await topUp(t, acme, '5.00');
    const [typed, ...imported] = (await t.call('balance.history', { customerId: acme })).items;
    expect(typed?.documents).toEqual([]);
    expect(imported.map((entry) => entry.documents)).toEqual([
      [{ kind: 'importBatch', id: batch.id, label: 'Import of lots.csv' }],
      [{ kind: 'importBatch', id: batch.id, label: 'Import of lots.csv' }],
    ]);
  });
});
