/**
 * Proves the Reverse action (SPEC 12): a mistaken paid top-up is reversed from its history row
 * with a reason; the promotional lot stays as it was, the paid one is gone, and the history links
 * the reversal and the entry it undid, offering no second reversal.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp, givenUser } from './support/given.ts';

test('reverse a mistaken top-up and see the lots restored', async ({ page, app }) => {
  await givenUser(app.engine, 'Ana Ortega', 'accountant');
  const customerId = await givenCustomer(app.engine, { name: 'Lumen Studio', currency: 'USD' });
  await givenTopUp(app.engine, customerId, '100.00', 'promotional');
  await givenTopUp(app.engine, customerId, '500.00');
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('Ana Ortega');
  const customer = new CustomerPage(page);
  await customer.expectBalance('$600.00');

  await customer.reverse(2, 'Typed 500 instead of 50');
  await customer.expectBalance('$100.00');
  await expect(customer.historyRow('Reverses entry #2')).toContainText('Typed 500 instead of 50');
  await expect(customer.historyRow('Reversed by entry #3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reverse entry #2' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reverse entry #3' })).toHaveCount(0);

  await customer.openTab('Grants');
  const lots = page.getByRole('table', { name: 'Grants' }).getByRole('row');
  await expect(lots).toHaveCount(2);
  await expect(lots.nth(1)).toContainText('Promotional');
  await expect(lots.nth(1)).toContainText('$100.00');
});
