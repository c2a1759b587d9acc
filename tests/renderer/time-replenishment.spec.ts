/**
 * Proves time tracking against a prepaid budget: entries added in the UI, the budget shown in
 * hours, selected entries deducted as charges, and the replenishment top-up invoice that follows
 * when the balance falls under the threshold.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp } from './support/given.ts';

test('deducting time takes the balance under the threshold and issues a top-up invoice', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Ørsted Atelier',
    currency: 'EUR',
    hourlyRate: '50.00',
  });
  await givenTopUp(app.engine, customerId, '200.00');
  await app.open(`#/customers/${customerId}/time`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await expect(customer.figure('Remaining budget')).toContainText('€200.00');
  await expect(customer.figure('Remaining budget')).toContainText('4 h');

  await customer.setReplenishment({ threshold: '100', amount: '300' });
  await customer.addTime({ hours: '2', description: 'Logo sketches' });
  await customer.addTime({ hours: '1.5', description: 'Client call' });
  const entries = page.getByRole('table', { name: 'Time entries' });
  await expect(entries.getByRole('row')).toHaveCount(3);

  await customer.deductTime(['Logo sketches', 'Client call']);
  await customer.expectBalance('€25.00');
  await expect(customer.figure('Remaining budget')).toContainText('0.5 h');
  await expect(entries.getByText('deducted')).toHaveCount(2);

  await customer.openTab('Invoices');
  const invoices = page.getByRole('table', { name: 'Invoices of Ørsted Atelier' });
  const topUpRow = invoices.getByRole('row').filter({ hasText: 'Top-up' });
  await expect(topUpRow).toContainText('€300.00');
  await expect(topUpRow).toContainText('Open');
});
