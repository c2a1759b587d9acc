/**
 * `npm run screenshots`: the same browser and server as the browser tests, running only the
 * screenshot journey (tests/renderer/screenshots) at 1280x800, which writes docs/screenshots.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: 'tests/renderer/screenshots',
  testIgnore: [],
  workers: 1,
  use: { ...base.use, viewport: { width: 1280, height: 800 } },
});
