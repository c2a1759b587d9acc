/**
 * Queries over a page of ids (`col IN (...)`), prepared once instead of built for every call.
 * Building a query with fifty ids in drizzle costs far more than running it (about 0.15 ms a
 * query, five of them on a history page), so such a query is prepared with a placeholder per id,
 * for a few list sizes only: a list is padded to the next power of two by repeating its last id,
 * which `IN` reads once. A query has at most ten prepared forms (1 to 512 ids); a longer list is
 * read in slices.
 */
import { sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import type { Placeholders, Tx } from './storage.ts';

/** The placeholders standing for a list of `size` ids, named by their index: `0`, `1`, ... */
export type IdSlots = Placeholder[];

/** The size a list of `count` ids is padded to. */
export function slotsFor(count: number): number {
  let size = 1;
  while (size < count) size *= 2;
  return size;
}

/**
 * The values of `ids` for the placeholders of a list of `size` ids: an array, whose index is each
 * placeholder's name, so filling fifty placeholders reads fifty elements, not fifty named keys.
 */
function slotValues(ids: readonly string[], size: number): Placeholders {
  const values = ids.slice();
  const last = ids[ids.length - 1];
  while (values.length < size) values.push(last as string);
  return values as unknown as Placeholders;
}

/** The most ids one query binds; a longer list is read in slices of this many. */
export const IDS_PER_QUERY = 512;

/**
 * Rows of the query `build` makes for a list of ids (it puts the slots where the ids go), or none
 * for no ids. `name` keeps the prepared forms apart: one per query, unique in the engine.
 */
export async function allForIds<T>(
  tx: Tx,
  name: string,
  ids: readonly string[],
  build: (db: Db, slots: IdSlots) => { all(values?: Placeholders): T[] },
): Promise<T[]> {
  const distinct = [...new Set(ids)];
  let rows: T[] = [];
  for (let start = 0; start < distinct.length; start += IDS_PER_QUERY) {
    const slice = distinct.slice(start, start + IDS_PER_QUERY);
    const size = slotsFor(slice.length);
    const query = tx.prepared(`${name}/${size}`, (db) => {
      const slots = Array.from({ length: size }, (_, index) => sql.placeholder(String(index)));
      return build(db, slots);
    });
    // concat, not push(...): a slice of ids may have more rows than a call takes arguments.
    rows = rows.concat(await tx.all(query, slotValues(slice, size)));
  }
  return rows;
}
