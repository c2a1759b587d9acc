/**
 * Proves backups in the browser's Settings, against the real web bridge: Back up now adds the
 * newest row, and restoring it (after the confirmation) brings the ledger back to that moment and
 * returns everyone to the start screen.
 */
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { startBridgeForTest, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';

let bridge: RealBridge | undefined;

test.afterEach(async () => {
  await bridge?.stop();
  bridge = undefined;
});

test('backing up from Settings, then restoring that backup, undoes what came after', async ({
  page,
}, testInfo) => {
  bridge = (await startBridgeForTest((name) => testInfo.outputPath(name), START_AT)).bridge;
  const created = (name: string) =>
    bridge?.invoke('customers.create', { name, currency: 'EUR', requestId: `web-backups-${name}` });
  await bridge.invoke('app.signIn', { userId: 'admin' });
  await created('Kept GmbH');
  await page.goto(bridge.url);
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  const section = page.getByRole('region', { name: 'Backups' });
  const rows = section.getByRole('table', { name: 'Backups' }).getByRole('row');
  await expect(rows).toHaveCount(1); // the first start's backup

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(shell.notification('Backed up')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await created('Later GmbH');

  await rows
    .first()
    .getByRole('button', { name: /^Restore / })
    .click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(shell.notification('Backup restored')).toBeVisible();
  await new StartScreen(page).signIn('admin');
  await shell.goTo('Customers');
  await expect(page.getByRole('link', { name: 'Kept GmbH' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Later GmbH' })).toHaveCount(0);
});
