import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/count-reporter.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
