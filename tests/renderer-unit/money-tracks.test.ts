/**
 * A report's money columns in a narrow table: side by side while they fit, then stacked two and
 * more to a track in their order, the last (the total) alone; never wider than the table allows
 * when some stacking fits.
 */
import { describe, expect, it } from 'vitest';
import { moneyTracks } from '../../renderer/src/lib/money-tracks.ts';

const AGEING = [110, 110, 110, 110, 110, 160, 120];

describe('moneyTracks', () => {
  it('keeps the columns side by side when they fit, exactly at the edge too', () => {
    const needed = 140 + AGEING.reduce((sum, width) => sum + width, 0);
    expect(moneyTracks(AGEING, 140, needed)).toEqual([[0], [1], [2], [3], [4], [5], [6]]);
  });

  it('stacks two to a track one pixel short, the total alone', () => {
    const needed = 140 + AGEING.reduce((sum, width) => sum + width, 0);
    expect(moneyTracks(AGEING, 140, needed - 1)).toEqual([[0, 1], [2, 3], [4, 5], [6]]);
  });

  it('stacks more when two to a track is still too wide, each track as wide as its widest', () => {
    // Two to a track: 140 + 110 + 110 + 160 + 120 = 640; three: 140 + 110 + 160 + 120 = 530.
    expect(moneyTracks(AGEING, 140, 639)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(moneyTracks(AGEING, 140, 530)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('gives the most stacked layout when nothing fits, and side by side before measuring', () => {
    expect(moneyTracks(AGEING, 140, 100)).toEqual([[0, 1, 2, 3, 4, 5], [6]]);
    expect(moneyTracks(AGEING, 140, 0)).toEqual([[0], [1], [2], [3], [4], [5], [6]]);
  });

  it('leaves one or two columns side by side: stacking two would not save a track', () => {
    expect(moneyTracks([100, 100], 140, 50)).toEqual([[0], [1]]);
    expect(moneyTracks([100], 140, 50)).toEqual([[0]]);
  });
});
