/**
 * Proves an admin manages people from Settings: renaming someone and making them a viewer shows at
 * once, the Remove dialog refuses a blank reason as you type, a removed person moves to the
 * Removed list and is no longer offered on the start screen, the last admin stays an admin, an
 * admin who renames themselves sees the new name in the shell, nobody is offered to remove
 * themselves, and a person added with the six-digit PIN offered signs in with it.
 */
import { AppShell } from './pages/AppShell.ts';
import { PeopleSection } from './pages/PeopleSection.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenUser } from './support/given.ts';

test('an admin renames someone, makes them a viewer, then removes them with a reason', async ({
  page,
  app,
}) => {
  await givenUser(app.engine, 'Ann Lee', 'accountant');
  await app.open();
  const start = new StartScreen(page);
  await start.signIn('admin');
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  const people = new PeopleSection(page);
  await expect(people.row('Ann Lee')).toContainText('Accountant');

  await people.edit('Ann Lee', { name: 'Ann Lee-Smith', role: 'viewer' });
  await expect(shell.notification('Saved Ann Lee-Smith')).toBeVisible();
  await expect(people.row('Ann Lee-Smith')).toContainText('Viewer');
  await expect(people.table.getByRole('cell', { name: 'Ann Lee', exact: true })).toHaveCount(0);
  await expect(people.removedTable).toHaveCount(0);

  const dialog = await people.openRemove('Ann Lee-Smith');
  await expect(
    dialog.getByText('Ann Lee-Smith will no longer be able to sign in.', { exact: false }),
  ).toBeVisible();
  await dialog.getByLabel('Reason').fill('L');
  await dialog.getByLabel('Reason').fill('');
  await expect(dialog.getByText('Is required')).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove Ann Lee-Smith', exact: true }).click();
  await expect(dialog.getByText('Is required')).toBeVisible();
  await people.confirmRemove(dialog, 'Ann Lee-Smith', 'Left the firm at the end of February');

  await expect(people.removedTable).toContainText('Ann Lee-Smith');
  await expect(people.removedTable).toContainText('Viewer');
  await expect(people.row('Ann Lee-Smith')).toHaveCount(0);

  await shell.signOut();
  await start.expectVisible();
  await expect(start.form.getByRole('radio', { name: 'admin' })).toBeVisible();
  await expect(start.form.getByRole('radio', { name: 'Ann Lee-Smith' })).toHaveCount(0);
});

test('the only admin cannot demote themselves, and renaming themselves shows in the shell at once', async ({
  page,
  app,
}) => {
  await app.open();
  await new StartScreen(page).signIn('admin');
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  const people = new PeopleSection(page);

  await people.openAction('admin', 'Edit name and role');
  const dialog = people.dialog('Edit admin');
  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeDisabled();
  await dialog.getByLabel('Role').selectOption('accountant');
  await expect(dialog.getByText('At least one admin must remain.')).toBeVisible();
  await save.click();
  await expect(dialog.getByLabel('Role')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Role').selectOption('admin');
  await expect(save).toBeDisabled();

  await dialog.getByLabel('Name').fill('Office Admin');
  await save.click();
  await expect(dialog).toBeHidden();
  await shell.expectSignedInAs('Office Admin', 'Admin');
  await expect(people.row('Office Admin')).toContainText('Admin');

  await page.getByRole('button', { name: 'Actions for Office Admin', exact: true }).click();
  await expect(
    page
      .getByRole('menuitem', { name: 'Reset PIN' })
      .or(page.getByRole('menuitem', { name: 'Set PIN' })),
  ).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Remove…' })).toHaveCount(0);
});

test('an admin adds a person with the six-digit PIN offered, and they sign in with it', async ({
  page,
  app,
}) => {
  await app.open();
  const start = new StartScreen(page);
  await start.signIn('admin');
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill('Bea Novak');
  const pinField = dialog.getByLabel('PIN');
  await expect(pinField).toHaveValue(/^\d{6}$/);
  const pin = await pinField.inputValue();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();

  await shell.signOut();
  await start.signIn('Bea Novak', pin);
  await shell.expectSignedInAs('Bea Novak', 'Accountant');
});
