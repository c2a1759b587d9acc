/**
 * A batch's share of the event loop. Batches are bounded by row count, but a slow or busy machine
 * can make even a small batch hold the file for long; so a batch also stops taking rows once its
 * time is spent. It always takes at least one, so every pass moves forward.
 */

/** How long one batch of a long pass runs before it commits and lets other calls in. */
export const BATCH_BUDGET_MS = 15;

/** True once `limitMs` has passed since the budget was made. The clock is the machine's
 * (createBackend passes it in), never the business clock: it measures work, not dates. */
export function timeBudget(limitMs: number, clock: () => number): () => boolean {
  const started = clock();
  return () => clock() - started >= limitMs;
}

/** Visits `rows` in order until the budget is spent, at least one; returns how many it visited. */
export async function visitWithin<T>(
  rows: readonly T[],
  spent: () => boolean,
  visit: (row: T) => Promise<void>,
): Promise<number> {
  let visited = 0;
  for (const row of rows) {
    if (visited > 0 && spent()) break;
    await visit(row);
    visited += 1;
  }
  return visited;
}
