/**
 * Runs async work over a list one item at a time, in order: work on one transaction never runs
 * side by side, so each step sees what the previous one wrote.
 */
export async function inTurn<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}
