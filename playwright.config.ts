/**
 * Browser tests of the renderer (tests/renderer): the built renderer served by `vite preview`,
 * driven in Debian's Chromium, with a real engine per test behind `window.api`. The run ends with
 * the line `N passed, M failed`.
 */
import { defineConfig } from '@playwright/test';

// PLAYWRIGHT_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PLAYWRIGHT_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/renderer',
  testMatch: '**/*.spec.ts',
  testIgnore: '**/screenshots/**',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  preserveOutput: 'failures-only',
  // Inside test-results/, which also holds each runner's counts: Playwright empties only this.
  outputDir: 'test-results/playwright',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/renderer/support/count-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: 'en-US',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Node runs the two CLIs directly (no npx), so nothing but the test report reaches the output.
    command: [
      'node node_modules/electron-vite/bin/electron-vite.js build',
      `node node_modules/vite/bin/vite.js preview --outDir out/renderer --port ${PORT} --strictPort --host 127.0.0.1`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
