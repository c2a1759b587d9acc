/**
 * The engine suite on PostgreSQL (issue #19): the engine's tests, each book a fresh server book
 * on one throwaway cluster for the run (tests/support/pg-global-setup.ts). Tests about the SQLite
 * file itself (its bytes, its log, its upgrades, raw tampering) stay in the SQLite run only.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

/** SQLite-only: they open, tamper with or measure the file, not the engine's rules. */
export const SQLITE_ONLY = [
  'tests/backend/db/open.test.ts',
  'tests/backend/db/upgrade.test.ts',
  'tests/backend/storage/sqlite-storage.test.ts',
  'tests/backend/storage/wal-checkpoint.test.ts',
  'tests/backend/audit/tamper.test.ts',
  // Already about PostgreSQL, run once in the main run.
  'tests/backend/db/pg-*.test.ts',
  'tests/backend/storage/pg-*.test.ts',
];

// Not mergeConfig: it would add these lists to the main run's instead of replacing them.
export default defineConfig({
  test: {
    ...base.test,
    // The engine's tests and the contract's (issue #19: both run on either store).
    include: ['tests/backend/**/*.test.ts', 'tests/shared/contract.test.ts'],
    exclude: SQLITE_ONLY,
    globalSetup: ['tests/support/pg-global-setup.ts'],
    setupFiles: ['tests/support/pg-each-test.ts'],
    env: { BALANCEBOOK_TEST_DB: 'pg' },
  },
});
