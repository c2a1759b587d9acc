/**
 * Proves that a dialog acts once however often it is submitted: a double click, and two submits
 * sent in the same instant (before the button can disable), both carry the dialog's one request
 * id, so the engine records exactly one entry.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test('a double click on submit creates exactly one entry', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, { name: 'Double Click Ltd', currency: 'USD' });
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);

  const first = await customer.fillTopUp({ amount: '25' });
  await first.getByRole('button', { name: 'Top up', exact: true }).dblclick();
  await expect(first).toBeHidden();
  await customer.expectBalance('$25.00');

  const second = await customer.fillTopUp({ amount: '10' });
  // Two submits in one task: React has not re-rendered the disabled button in between.
  await second.getByRole('form').evaluate((form: { requestSubmit: () => void }) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(second).toBeHidden();
  await customer.expectBalance('$35.00');

  const history = await app.engine.call('balance.history', { customerId });
  expect(history.items.map((entry) => entry.amount)).toEqual(['10.00', '25.00']);
});
