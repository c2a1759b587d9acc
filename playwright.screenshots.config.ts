/**
 * `npm run screenshots`: the same browser and server as the browser tests, running only the
 * screenshot journey (tests/renderer/screenshots) at 1280x800 and 900x800, which writes
 * docs/screenshots.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: 'tests/renderer/screenshots',
  testIgnore: [],
  workers: 1,
  use: { ...base.use, viewport: { width: 1280, height: 800 } },
  // The same journey in a wide and a narrow window (files of the narrow one end in -900).
  projects: [
    { name: 'wide', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'narrow', use: { viewport: { width: 900, height: 800 } } },
  ],
});
