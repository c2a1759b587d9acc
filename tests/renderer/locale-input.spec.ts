/**
 * Proves typing as people do in a Polish browser: the command palette finds "Kraków" from
 * "krakow" and Enter opens the only result; amounts take a decimal comma and grouping, show what
 * was understood, and refuse ambiguous or negative input with a sentence; an amount far above the
 * customer's usual ones needs a tick to go through; a stored rate shows with a comma; payment
 * terms of -5 are refused, never turned into 5.
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test.use({ locale: 'pl-PL' });

test('amounts and search as typed in pl-PL', async ({ page, app }) => {
  await givenCustomer(app.engine, {
    name: 'Kraków Design',
    currency: 'EUR',
    hourlyRate: '80.50',
  });
  await app.open();
  await new StartScreen(page).signIn('admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const shell = new AppShell(page);
  await shell.searchAndEnter('krakow', 'Kraków Design');
  await expect(page.getByRole('heading', { level: 1, name: 'Kraków Design' })).toBeVisible();

  const customer = new CustomerPage(page);
  await customer.openAction('Top up');
  const topUp = customer.dialog(/^Top up /);
  const amount = topUp.getByLabel('Amount');
  await amount.fill('1.000');
  await expect(topUp.getByText('could be read two ways')).toBeVisible();
  await amount.fill('-5');
  await expect(topUp.getByText('This cannot be negative')).toBeVisible();
  await amount.fill('25,50');
  await expect(topUp.getByText('= 25,50 EUR')).toBeVisible();
  await amount.fill('12.345,50');
  await expect(topUp.getByText(/^= 12\s345,50 EUR$/)).toBeVisible();
  await amount.fill('1 000,00');
  await expect(topUp.getByText(/^= 1\s?000,00 EUR$/)).toBeVisible();
  await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(topUp).toBeHidden();
  await customer.expectBalance('1000,00');

  await customer.openAction('Top up');
  await amount.fill('1.000.000.000,00');
  await expect(topUp.getByText('Check the amount')).toBeVisible();
  await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(topUp.getByText('Tick to confirm this amount')).toBeVisible();
  await topUp.getByLabel('Yes, the amount is right').check();
  await topUp.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(topUp).toBeHidden();
  await customer.expectBalance(/1\s000\s001\s000,00/);

  await customer.openAction('Edit customer');
  const edit = customer.dialog(/^Edit /);
  await expect(edit.getByLabel('Hourly rate')).toHaveValue('80,50');
  await expect(edit.getByText('= 80,50 EUR')).toBeVisible();
  await edit.getByLabel('Payment terms (days)').fill('-5');
  await expect(edit.getByText('The payment terms cannot be negative')).toBeVisible();
  await expect(edit.getByLabel('Payment terms (days)')).toHaveValue('-5');
});
