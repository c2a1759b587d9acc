/**
 * Proves the start screen and the session: a wrong PIN is refused on the PIN field, the right one
 * signs in, a reload skips the start screen, sign-out returns to it, five wrong PINs lock the
 * person (the engine's lock, shown on the PIN field, even for the right PIN), a viewer sees no
 * actions that change data, and an admin can reset a forgotten PIN with the six digits offered
 * or their own.
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { PeopleSection } from './pages/PeopleSection.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenUser } from './support/given.ts';

test('signing in with a PIN: wrong PIN shows an error, the right one signs in and survives a reload', async ({
  page,
  app,
}) => {
  await givenUser(app.engine, 'Marta Kowalska', 'accountant', '4821');
  await app.open();
  const start = new StartScreen(page);
  await start.signIn('Marta Kowalska', '0000');
  await expect(start.pinError()).toBeVisible();
  expect(await app.gate.signedInUserId()).toBeNull();

  await start.pinField().fill('4821');
  await start.form.getByRole('button', { name: 'Sign in' }).click();
  const shell = new AppShell(page);
  await shell.expectSignedInAs('Marta Kowalska', 'Accountant');

  await page.reload();
  await shell.expectSignedInAs('Marta Kowalska', 'Accountant');
  await expect(start.form).toBeHidden();

  await shell.signOut();
  await start.expectVisible();
  expect(await app.gate.signedInUserId()).toBeNull();
});

test('five wrong PINs in a row lock the person out, even with the right PIN', async ({
  page,
  app,
}) => {
  await givenUser(app.engine, 'Marta Kowalska', 'accountant', '4821');
  await app.open();
  const start = new StartScreen(page);
  await start.choose('Marta Kowalska');
  const signInButton = start.form.getByRole('button', { name: 'Sign in' });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await start.pinField().fill(`000${attempt}`);
    await signInButton.click();
    await expect(start.pinError()).toBeVisible();
    await expect(signInButton).toBeEnabled();
  }
  await start.pinField().fill('4821');
  await signInButton.click();
  await expect(start.form.getByText('Too many wrong PINs: try again in 5 minutes')).toBeVisible();
  expect(await app.gate.signedInUserId()).toBeNull();
});

test('a viewer reads and exports but is offered nothing that changes data', async ({
  page,
  app,
}) => {
  await givenUser(app.engine, 'Vera Viewer', 'viewer');
  await givenCustomer(app.engine, { name: 'Nordlicht GmbH', currency: 'EUR' });
  await app.open();
  await new StartScreen(page).signIn('Vera Viewer');
  const shell = new AppShell(page);
  await shell.goTo('Customers');
  await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
  await new CustomersPage(page).open('Nordlicht GmbH');
  await expect(page.getByRole('button', { name: 'Top up', exact: true })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Statement', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  await shell.goTo('Settings');
  await expect(page.getByText('Only an admin can change these.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add person' })).toHaveCount(0);
});

test('an admin resets a forgotten PIN in Settings, and only the new PIN signs in', async ({
  page,
  app,
}) => {
  await givenUser(app.engine, 'Marta Kowalska', 'accountant', '4821');
  await app.open();
  const start = new StartScreen(page);
  await start.signIn('admin');
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  await new PeopleSection(page).openAction('Marta Kowalska', 'Reset PIN');
  const dialog = page.getByRole('dialog', { name: 'PIN for Marta Kowalska' });
  await expect(dialog.getByLabel('New PIN')).toHaveValue(/^\d{6}$/);
  await dialog.getByLabel('New PIN').fill('12');
  await expect(dialog.getByText('must be 4 to 12 digits')).toBeVisible();
  await dialog.getByLabel('New PIN').fill('7391');
  await dialog.getByRole('button', { name: 'Set PIN' }).click();
  await expect(dialog).toBeHidden();

  await shell.signOut();
  await start.signIn('Marta Kowalska', '4821');
  await expect(start.pinError()).toBeVisible();
  await start.pinField().fill('7391');
  await start.form.getByRole('button', { name: 'Sign in' }).click();
  await shell.expectSignedInAs('Marta Kowalska', 'Accountant');
});
