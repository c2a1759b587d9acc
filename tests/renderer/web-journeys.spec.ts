/**
 * Proves an everyday journey through what the browser build ships: the renderer's web-bridge
 * client (renderer/src/api/web-bridge.ts) calling the real web server (electron/web/) and its gate
 * (electron/main/gate.ts). On the start screen a wrong PIN is refused and the right one signs in;
 * a double-clicked top-up is recorded once, as the person who signed in; signing out closes the
 * bridge's session for every caller.
 */
import { expect, test } from '@playwright/test';
import type { LedgerEntry, Page, User } from '../../shared/contract/types.ts';
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { startBridgeForTest, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';

let bridge: RealBridge | undefined;

test.afterEach(async () => {
  await bridge?.stop();
  bridge = undefined;
});

test('in the browser, a person signs in with a PIN and tops up a balance once, as themselves', async ({
  page,
}, testInfo) => {
  const started = await startBridgeForTest((name) => testInfo.outputPath(name), START_AT);
  bridge = started.bridge;
  await bridge.invoke('app.signIn', { userId: 'admin' });
  const marta = (await bridge.invoke('users.create', {
    name: 'Marta Kowalska',
    role: 'accountant',
    pin: '4821',
    requestId: 'web-journeys-user',
  })) as User;
  const customer = (await bridge.invoke('customers.create', {
    name: 'Nordlicht GmbH',
    currency: 'EUR',
    requestId: 'web-journeys-customer',
  })) as { id: string };
  await bridge.invoke('app.signOut', {});

  await page.goto(bridge.url);
  const start = new StartScreen(page);
  await start.signIn('Marta Kowalska', '0000');
  await expect(start.pinError()).toBeVisible();
  await start.pinField().fill('4821');
  await start.form.getByRole('button', { name: 'Sign in' }).click();
  const shell = new AppShell(page);
  await shell.expectSignedInAs('Marta Kowalska', 'Accountant');

  await shell.goTo('Customers');
  await new CustomersPage(page).open('Nordlicht GmbH');
  const account = new CustomerPage(page);
  const dialog = await account.fillTopUp({ amount: '25' });
  await dialog.getByRole('button', { name: 'Top up', exact: true }).dblclick();
  await expect(dialog).toBeHidden();
  await account.expectBalance('€25.00');

  const history = (await bridge.invoke('balance.history', {
    customerId: customer.id,
  })) as Page<LedgerEntry>;
  expect(history.items.map((entry) => [entry.amount, entry.actorId])).toEqual([
    ['25.00', marta.id],
  ]);

  await shell.signOut();
  await start.expectVisible();
  await expect(bridge.invoke('customers.list', {})).rejects.toThrow(/FORBIDDEN/);
});
