/**
 * Proves from the UI that a bookkeeper sets a budget in hours, the customer page shows the hours
 * used and left as time is recorded (SPEC 12), and the budget can be removed again.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test('an hours budget shows hours used and left', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Blockwise Ltd',
    hourlyRate: '60.00',
  });
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);

  await customer.openAction('Hours budget');
  const dialog = customer.dialog(/^Hours budget for /);
  await dialog.getByLabel('Hours agreed').fill('10');
  await dialog.getByLabel('Period').selectOption('month');
  await dialog.getByRole('button', { name: 'Save budget' }).click();
  await expect(dialog).toBeHidden();
  const budget = page.getByRole('group', { name: 'Hours budget' });
  await expect(budget).toContainText('0.00 h used of 10.00 h');
  await expect(budget).toContainText('10.00 h left');

  await customer.addTime({ hours: '2.5', description: 'Server upgrade' });
  await expect(budget).toContainText('2.50 h used of 10.00 h');
  await expect(budget).toContainText('7.50 h left');

  await budget.getByRole('button', { name: 'Remove budget' }).click();
  const remove = customer.dialog('Remove the hours budget');
  await remove.getByRole('button', { name: 'Remove budget' }).click();
  await expect(remove).toBeHidden();
  await expect(budget).toBeHidden();
});
