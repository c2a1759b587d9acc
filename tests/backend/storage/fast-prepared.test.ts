/**
 * Proves the store's fast run of drizzle's prepared queries answers exactly what drizzle's own
 * `get`/`all`/`run` answer: decoded columns (booleans, nulls), encoded and constant parameters, a
 * missing row, the same refusal of a missing placeholder, and that a nested selection or a plain
 * query is left to drizzle.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { minor } from '../../../shared/money.ts';
import { openDatabase, type Db } from '../../../electron/backend/db/open.ts';
import { customers, grantAllocations, grants } from '../../../electron/backend/db/schema.ts';
import { prepareHotQueries } from '../../../electron/backend/core/hot-queries.ts';
import { fastPrepared, type FastQuery } from '../../../electron/backend/storage/fast-prepared.ts';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../../electron/backend/db/open.ts';
import { givenBackend, givenCustomer, topUp, charge } from '../../support/backend.ts';
import { tempDbPath } from '../../support/temp-file.ts';

/** A file with a customer who has two open grants (one expiring) and a charge's allocation. */
async function givenLedger(): Promise<{ db: Db; customerId: string }> {
  const file = tempDbPath();
  const t = givenBackend({ dbPath: file });
  const customerId = await givenCustomer(t, { hourlyRate: '80.00' });
  await topUp(t, customerId, '10.00');
  await topUp(t, customerId, '5.00', { expiresOn: '2026-12-31' });
  await charge(t, customerId, '3.00');
  t.backend.close();
  return { db: openDatabase(file, DEFAULT_MIGRATIONS_FOLDER).db, customerId };
}

function fast(query: object): FastQuery {
  const found = fastPrepared(query);
  if (!found) expect.fail('the prepared query should run on the fast path');
  return found;
}

describe('the fast run of prepared queries', () => {
  it('answers rows, single rows and missing rows exactly as drizzle does', async () => {
    const { db, customerId } = await givenLedger();
    const hot = prepareHotQueries(db);
    const customer = { id: customerId };
    expect(fast(hot.customerById).get(customer)).toStrictEqual(hot.customerById.get(customer));
    expect(fast(hot.customerById).get(customer)).toMatchObject({ autoApplyCredit: true });
    expect(fast(hot.customerById).get({ id: 'cus_none' })).toBeUndefined();
    const open = { customerId };
    expect(fast(hot.openGrantRows).all(open)).toStrictEqual(hot.openGrantRows.all(open));
    expect(fast(hot.openGrantRows).all(open)).toHaveLength(2);
    const [entry] = db.select().from(grantAllocations).all();
    const ofEntry = { entryId: entry?.entryId };
    expect(fast(hot.allocationsOfEntry).all(ofEntry)).toStrictEqual(
      hot.allocationsOfEntry.all(ofEntry),
    );
  });

  it('fills encoded placeholders and constants as drizzle does, and refuses a missing one', async () => {
    const { db, customerId } = await givenLedger();
    const hot = prepareHotQueries(db);
    const due = { customerId, today: '2027-01-01' };
    expect(fast(hot.dueGrantsOfCustomer).all(due)).toStrictEqual(hot.dueGrantsOfCustomer.all(due));
    expect(fast(hot.dueGrantsOfCustomer).all(due)).toHaveLength(1);
    const above = db
      .select({ id: grants.id })
      .from(grants)
      .where(
        and(
          eq(grants.customerId, sql.placeholder('customerId')),
          gt(grants.remainingMinor, minor(450)),
        ),
      )
      .prepare();
    expect(fast(above).all({ customerId })).toStrictEqual(above.all({ customerId }));
    expect(fast(above).all({ customerId })).toHaveLength(1);
    expect(() => fast(hot.customerById).get({})).toThrow('No value for placeholder "id"');
    const [grant] = hot.openGrantRows.all({ customerId });
    const spend = { grantId: grant?.id, amountMinor: 100 };
    expect(fast(hot.spendGrant).run(spend).changes).toBe(1);
    const after = hot.openGrantRows.all({ customerId }).find((row) => row.id === grant?.id);
    expect(after?.remainingMinor).toBe((grant?.remainingMinor ?? 0) - 100);
  });

  it('leaves a nested selection and a query that is no prepared query to drizzle', async () => {
    const { db } = await givenLedger();
    const nested = db
      .select({ grant: grants, customer: { id: customers.id } })
      .from(grants)
      .innerJoin(customers, eq(customers.id, grants.customerId))
      .prepare();
    expect(fastPrepared(nested)).toBeNull();
    expect(fastPrepared(sql`SELECT 1`)).toBeNull();
    expect(fastPrepared(db.select().from(customers))).toBeNull();
  });
});
