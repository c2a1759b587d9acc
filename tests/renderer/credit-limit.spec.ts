/**
 * Proves billing modes from the UI: an admin switches a customer to a credit limit with a reason,
 * a charge past the limit is refused with the engine's shortfall in words, one within it goes
 * through and takes the balance below zero.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test('a charge past the credit limit is refused in words; one within it takes the balance negative', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Kyiv Pixel Works', currency: 'USD' });
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);

  await customer.setBillingMode({
    mode: 'Credit limit',
    limit: '100',
    reason: 'Signed a monthly retainer',
  });
  await expect(customer.figure('Billing mode')).toContainText('Credit limit');
  await expect(customer.figure('Available credit')).toContainText('$100.00');

  const refused = await customer.charge({ amount: '150', description: 'Server migration' }, false);
  const alert = refused.getByRole('alert');
  await expect(alert).toContainText('This would take the customer past their credit limit.');
  await expect(alert).toContainText('The charge is 50.00 USD short');
  await expect(refused.getByRole('button', { name: 'Charge', exact: true })).toBeEnabled();

  await refused.getByLabel('Amount').fill('80');
  await refused.getByRole('button', { name: 'Charge', exact: true }).click();
  await expect(refused).toBeHidden();
  await customer.expectBalance('-$80.00');
  await expect(customer.figure('Available credit')).toContainText('$20.00');
  const balance = await app.engine.call('balance.get', { customerId });
  expect(balance.balance).toBe('-80.00');
});
