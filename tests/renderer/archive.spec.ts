/**
 * Proves archiving from the customer page: refused with the engine's words while a balance is
 * open; an archived customer leaves the list, shows again with "Show archived customers", offers
 * only Unarchive, and comes back with it; a namesake is warned about, not refused, when a
 * customer is created or renamed (never about the customer itself).
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp } from './support/given.ts';

test('archive, find among archived, unarchive, and a namesake warned about', async ({
  page,
  app,
}) => {
  const owing = await givenCustomer(app.engine, { name: 'Still Owed Ltd', currency: 'EUR' });
  await givenTopUp(app.engine, owing, '5.00');
  await givenCustomer(app.engine, { name: 'Gdańsk Print', currency: 'EUR' });
  await app.open(`#/customers/${owing}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);

  const refused = await customer.archive('Contract ended', false);
  await expect(refused.getByRole('alert')).toContainText('The balance is 5.00 EUR');
  await refused.getByRole('button', { name: 'Cancel' }).click();

  const shell = new AppShell(page);
  await shell.goTo('Customers');
  const customers = new CustomersPage(page);
  await customers.open('Gdańsk Print');
  await customer.archive('Closed the shop');
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Top up' })).toBeHidden();

  await shell.goTo('Customers');
  await expect(customers.row('Still Owed Ltd')).toBeVisible();
  await expect(customers.row('Gdańsk Print')).toHaveCount(0);
  await page.getByLabel('Show archived customers').check();
  await expect(customers.row('Gdańsk Print')).toContainText('Archived');

  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByLabel('Name').fill('gdansk print');
  await expect(dialog.getByText('A customer named Gdańsk Print already exists')).toBeVisible();
  await dialog.getByLabel('Name').fill('Gdańsk Print Two');
  await expect(dialog.getByText('already exists')).toBeHidden();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await customers.open('Gdańsk Print');
  await customer.openAction('Unarchive customer');
  const back = customer.dialog('Unarchive customer');
  await back.getByRole('button', { name: 'Unarchive', exact: true }).click();
  await expect(back).toBeHidden();
  await expect(page.getByText('Archived', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Top up' })).toBeVisible();

  await customer.openAction('Edit customer');
  const edit = customer.dialog('Edit Gdańsk Print');
  await expect(edit.getByLabel('Name')).toHaveValue('Gdańsk Print');
  await edit.getByLabel('Name').fill('STILL OWED LTD');
  await expect(edit.getByText('A customer named Still Owed Ltd already exists')).toBeVisible();
  await edit.getByLabel('Name').fill('Gdańsk Print');
  await expect(edit.getByText('already exists')).toBeHidden();
});
