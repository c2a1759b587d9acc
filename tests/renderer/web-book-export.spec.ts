/**
 * Proves, against the real web bridge, that exporting the whole book in the browser downloads
 * the new folder as one zip named after it, holding every file byte for byte (one download:
 * browsers drop some of many started at once), and keeps the folder in the exports folder too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { AppShell } from './pages/AppShell.ts';
import { startBridgeForTest, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';
const FILES = 16;

let bridge: RealBridge | undefined;

test.afterEach(async () => {
  await bridge?.stop();
  bridge = undefined;
});

test('exporting the whole book in the browser downloads each file and keeps the folder', async ({
  page,
}, testInfo) => {
  const started = await startBridgeForTest((name) => testInfo.outputPath(name), START_AT);
  bridge = started.bridge;
  await bridge.invoke('app.signIn', { userId: 'admin' });
  await bridge.invoke('customers.create', {
    name: 'Nordlicht GmbH',
    currency: 'EUR',
    requestId: 'web-book-customer',
  });
  await page.goto(bridge.url);
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the whole book…' }).click();

  await expect(shell.notification('Book exported and downloaded')).toContainText(
    `${FILES} files saved in`,
  );
  const zip = await download;
  const exportsDir = path.join(started.dataDir, 'exports', 'Export the whole book');
  const [folder = ''] = fs.readdirSync(exportsDir);
  expect(zip.suggestedFilename()).toBe(`${folder}.zip`);
  const files = unzipSync(fs.readFileSync(await zip.path()));
  expect(Object.keys(files)).toHaveLength(FILES);
  const customers = Buffer.from(files['customers.csv'] ?? []);
  expect(customers.toString('utf8')).toContain('Nordlicht GmbH');
  expect(customers.equals(fs.readFileSync(path.join(exportsDir, folder, 'customers.csv')))).toBe(
    true,
  );
});
