/**
 * How a report's money columns share a table too narrow for them side by side: they stack, two
 * (then three, ...) amounts to a column, in their order, so every amount stays whole and in view
 * (no sideways scroll). The last column (a report's total) always stands alone, at the right.
 */

/** Each track lists the indexes of the money columns it shows, top to bottom. */
export type MoneyTracks = number[][];

/**
 * The fewest amounts per track with which `labelPx` plus every track's widest column fits in
 * `availablePx`; the most stacked layout when none does. Unmeasured (0 px), side by side.
 */
export function moneyTracks(
  columnPx: readonly number[],
  labelPx: number,
  availablePx: number,
): MoneyTracks {
  const count = columnPx.length;
  const sideBySide = columnPx.map((_, index) => [index]);
  if (availablePx <= 0 || count <= 2) return sideBySide;
  let tracks = sideBySide;
  for (let perTrack = 1; perTrack < count; perTrack += 1) {
    tracks = stacked(count, perTrack);
    const needed = tracks.reduce(
      (sum, track) => sum + Math.max(...track.map((index) => columnPx[index] ?? 0)),
      labelPx,
    );
    if (needed <= availablePx) return tracks;
  }
  return tracks;
}

function stacked(count: number, perTrack: number): MoneyTracks {
  const tracks: MoneyTracks = [];
  for (let start = 0; start < count - 1; start += perTrack) {
    tracks.push(
      Array.from({ length: Math.min(perTrack, count - 1 - start) }, (_, offset) => start + offset),
    );
  }
  tracks.push([count - 1]);
  return tracks;
}
