/**
 * Browser-test fixtures: a real engine per test (a fresh SQLite file in the test's folder, on a
 * fake clock in Europe/Brussels) behind the shipped gate (electron/main/gate.ts, as the desktop's
 * IPC reaches it) as `window.api`, installed before the page loads through `exposeBinding` and
 * an init script, with the browser's clock set to the engine's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import {
  openEngine,
  startEngineHost,
  type Engine,
  type EngineHost,
  type ShellGate,
} from './engine-client.ts';

/** Tuesday 10 March 2026, 11:00 in Brussels. */
export const START_AT = '2026-03-10T10:00:00Z';
export const TIME_ZONE = 'Europe/Brussels';

export type AppFixture = {
  engine: Engine;
  gate: ShellGate;
  dir: string;
  /** Moves the engine's clock and the browser's together. */
  setNow: (at: string) => Promise<void>;
  /** Opens the app (after the bridge is in place). */
  open: (hash?: string) => Promise<void>;
};

const BRIDGE_SCRIPT = `window.api = { invoke: (channel, input) => window.__apiInvoke(channel, input) };`;

async function installBridge(page: Page, gate: ShellGate): Promise<void> {
  await page.exposeBinding('__apiInvoke', (_source, channel: unknown, input: unknown) =>
    gate.invoke(channel, input),
  );
  await page.addInitScript({ content: BRIDGE_SCRIPT });
}

export const test = base.extend<{ app: AppFixture }, { host: EngineHost }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const host = startEngineHost();
      await use(host);
      host.stop();
    },
    { scope: 'worker' },
  ],
  app: async ({ host, page }, use, testInfo) => {
    const dir = testInfo.outputPath('files');
    fs.mkdirSync(dir, { recursive: true });
    const engine = await openEngine(host, {
      dbPath: path.join(dir, 'ledger.sqlite'),
      startAt: START_AT,
      timeZone: TIME_ZONE,
      saveDir: dir,
    });
    const gate = engine.gate;
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => {
      pageErrors.push(error.message);
    });
    await installBridge(page, gate);
    await page.clock.setFixedTime(new Date(START_AT));
    await use({
      engine,
      gate,
      dir,
      setNow: async (at) => {
        await engine.setNow(at);
        await page.clock.setFixedTime(new Date(at));
      },
      open: async (hash = '') => {
        await page.goto(`/${hash}`);
      },
    });
    await engine.close();
    // An uncaught exception in the page fails the test even when the screen looked right.
    expect(pageErrors).toEqual([]);
  },
});

export { expect };
