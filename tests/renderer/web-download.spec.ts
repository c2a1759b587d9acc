/**
 * Proves, against the real web bridge, that an export made in the browser is offered as a
 * download (the browser receives the PDF under its name) and is kept in the exports folder too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { startBridgeForTest, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';

let bridge: RealBridge | undefined;

test.afterEach(async () => {
  await bridge?.stop();
  bridge = undefined;
});

test('exporting a statement in the browser downloads the PDF and keeps it in exports/', async ({
  page,
}, testInfo) => {
  const started = await startBridgeForTest((name) => testInfo.outputPath(name), START_AT);
  bridge = started.bridge;
  const { dataDir } = started;
  await bridge.invoke('app.signIn', { userId: 'admin' });
  await bridge.invoke('customers.create', {
    name: 'Nordlicht GmbH',
    currency: 'EUR',
    requestId: 'web-download-customer',
  });
  await page.goto(bridge.url);
  const shell = new AppShell(page);
  await shell.goTo('Customers');
  await new CustomersPage(page).open('Nordlicht GmbH');
  await page.getByRole('tab', { name: 'Statement', exact: true }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;

  expect(download.suggestedFilename()).toMatch(/Nordlicht GmbH.*\.pdf$/);
  const received = fs.readFileSync(await download.path());
  expect(received.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(shell.notification('Exported and downloaded')).toBeVisible();
  const kept = path.join(dataDir, 'exports', download.suggestedFilename());
  expect(fs.readFileSync(kept).equals(received)).toBe(true);
});
