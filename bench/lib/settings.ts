/**
 * The benchmark's fixed settings: its "now", the random seed, the seeding batch size, where files
 * live, and the targets.
 */
import path from 'node:path';

/** The seeded year ends here and every measured call happens at this instant. */
export const FIXED_NOW = '2026-07-01T09:00:00.000Z';
export const SEED = 20_260_701;
export const SEED_BATCH = 5_000;
export const DATA_DIR = path.join(import.meta.dirname, '..', '.data');

export const TARGET = {
  /** Engine writes per second as a share of raw single-row commits per second. */
  writeShare: 0.5,
  balanceMs: 1,
  historyMs: 5,
  openMs: 1000,
  rssMb: 200,
};
