/**
 * Proves the shell works from the keyboard and in both themes: the light/dark switch persists
 * across a reload, `?` opens the shortcuts help, Ctrl+K jumps to a customer, letter keys open
 * the customer's dialogs, and an amount with too many decimals is refused as you type.
 */
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test('dark mode toggles and stays after a reload', async ({ page, app }) => {
  await app.open();
  await new StartScreen(page).signIn('admin');
  const shell = new AppShell(page);
  await shell.expectColorScheme('light');
  await shell.toggleColorScheme();
  await shell.expectColorScheme('dark');
  await page.reload();
  await shell.expectColorScheme('dark');
  await shell.toggleColorScheme();
  await shell.expectColorScheme('light');
});

test('keyboard: help, command palette, navigation and customer shortcuts', async ({
  page,
  app,
}) => {
  await givenCustomer(app.engine, { name: 'Sakura Design 桜', currency: 'JPY' });
  await app.open();
  await new StartScreen(page).signIn('admin');
  const shell = new AppShell(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Top up');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  await shell.jumpTo('Sakura', 'Sakura Design 桜');
  await expect(page.getByRole('heading', { level: 1, name: 'Sakura Design 桜' })).toBeVisible();
  await page.keyboard.press('t');
  const topUp = page.getByRole('dialog', { name: 'Top up Sakura Design 桜' });
  await topUp.getByLabel('Amount').fill('1000.5');
  await expect(topUp.getByText('Amount allows no decimals in JPY')).toBeVisible();
  await topUp.getByLabel('Amount').fill('1000');
  await expect(topUp.getByText('Amount allows no decimals in JPY')).toBeHidden();
  await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(topUp).toBeHidden();
  await expect(page.getByRole('group', { name: 'Balance', exact: true })).toContainText('¥1,000');
});
