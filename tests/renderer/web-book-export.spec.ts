/**
 * Proves, against the real web bridge, that exporting the whole book in the browser downloads
 * every file of the new folder (the browser receives each under its name) and keeps the folder
 * in the exports folder too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Download } from '@playwright/test';
import { AppShell } from './pages/AppShell.ts';
import { startBridgeForTest, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';
const FILES = 15;

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
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.goto(bridge.url);
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  await page.getByRole('button', { name: 'Export the whole book…' }).click();

  await expect(shell.notification('Book exported and downloaded')).toContainText(
    `${FILES} files saved in`,
  );
  await expect.poll(() => downloads.length).toBe(FILES);
  const customers = downloads.find((download) => download.suggestedFilename() === 'customers.csv');
  const received = fs.readFileSync((await customers?.path()) ?? '', 'utf8');
  expect(received).toContain('Nordlicht GmbH');
  const exportsDir = path.join(started.dataDir, 'exports', 'Export the whole book');
  const [folder = ''] = fs.readdirSync(exportsDir);
  expect(fs.readFileSync(path.join(exportsDir, folder, 'customers.csv'), 'utf8')).toBe(received);
});
