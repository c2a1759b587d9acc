/**
 * Proves that a long history, written in slices by the bulk posting (core/bulk-post.ts), keeps
 * every ledger rule across slices, whether its rows were kept from the check or read again:
 * each debit spends the oldest lots first, a credit pays debt before it forms a lot, balances
 * are the running sums, and audit.verify finds the chains, lots and their audit records whole.
 * A model in the test follows the same rules row by row.
 */
import { expect, it } from 'vitest';
import {
  IMPORT_ROWS_KEPT_MAX,
  IMPORT_ROWS_PER_SLICE,
} from '../../../electron/backend/domains/imports/rules.ts';
import { givenBackend } from '../../support/backend.ts';
import { commit, givenCsv, givenCustomersImported, verified } from './given.ts';

const ROWS = IMPORT_ROWS_PER_SLICE * 2 + 37;

/** Cents of row `index`: credits, with a debit every third row that sometimes makes debt. */
function centsOf(index: number): number {
  if (index % 3 !== 2) return 1_000 + ((index * 37) % 500);
  return -(500 + ((index * 211) % 4_000));
}

/** The lots left after the movements, oldest first, as the spending rules leave them. */
function modelLots(movements: readonly number[]): number[] {
  const lots: number[] = [];
  let balance = 0;
  for (const cents of movements) {
    if (cents > 0) {
      const credit = cents - Math.min(cents, Math.max(-balance, 0));
      if (credit > 0) lots.push(credit);
    } else {
      let left = Math.min(-cents, Math.max(balance, 0));
      for (let at = 0; at < lots.length && left > 0; at += 1) {
        const taken = Math.min(left, lots[at] ?? 0);
        lots[at] = (lots[at] ?? 0) - taken;
        left -= taken;
      }
    }
    balance += cents;
  }
  return lots.filter((lot) => lot > 0);
}

const money = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.trunc(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

// Both ways of writing: the rows kept from the check, and a file too large to keep, read again.
it.each([ROWS, IMPORT_ROWS_KEPT_MAX + 1])(
  'writes a history of %i rows in slices as the rows would post one by one',
  async (rowCount) => {
    await writesAsPosted(rowCount);
  },
);

async function writesAsPosted(rowCount: number): Promise<void> {
  const t = givenBackend();
  const [acme, birch] = await givenCustomersImported(t);
  const movements = Array.from({ length: rowCount }, (_, index) => centsOf(index));
  const lines = movements.map(
    (cents, index) =>
      `C-${index % 2 === 0 ? 1 : 2},USD,2026-01-0${1 + (index % 9)},${money(cents)},Row ${index}`,
  );
  const file = givenCsv(
    'history.csv',
    'customer_external_id,currency,occurred_on,amount,description',
    ...lines,
  );
  const batch = await commit(t, { path: file, kind: 'balance_history' });
  expect(batch.rowCount).toBe(rowCount);
  for (const [customerId, parity] of [
    [acme, 0],
    [birch, 1],
  ] as const) {
    const own = movements.filter((_, index) => index % 2 === parity);
    const balance = await t.call('balance.get', { customerId });
    expect(balance.balance).toBe(money(own.reduce((sum, cents) => sum + cents, 0)));
    const remaining = balance.grants.map((grant) => grant.remaining);
    expect(remaining).toEqual(modelLots(own).map(money));
  }
  expect(await verified(t)).toEqual([]);
}
