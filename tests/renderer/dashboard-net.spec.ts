/**
 * Proves from the UI that the dashboard ends each currency with the statement's net line (#16):
 * the amount customers are to pay, debt and open invoices counted once, and the credit others
 * hold, apart; and a customer under its threshold shows its own line.
 */
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice, givenTopUp, rid } from './support/given.ts';

test('the dashboard shows amounts to pay and credit available apart', async ({ page, app }) => {
  const owing = await givenCustomer(app.engine, { name: 'Owing Ltd' });
  await app.engine.call('balance.adjust', {
    customerId: owing,
    direction: 'debit',
    amount: '30.00',
    reason: 'Owed from before',
    requestId: rid('adjust'),
  });
  await givenIssuedInvoice(app.engine, owing, '80.00');
  const holding = await givenCustomer(app.engine, { name: 'Holding Ltd' });
  await app.engine.call('customers.setReplenishment', {
    customerId: holding,
    enabled: true,
    threshold: '100.00',
    amount: '200.00',
    requestId: rid('replenish'),
  });
  await givenTopUp(app.engine, holding, '45.00');
  await app.open('#/');
  await new StartScreen(page).signIn('admin');

  const net = page.getByRole('group', { name: 'Net line USD' });
  await expect(net).toContainText('Amount to pay$110.00');
  await expect(net).toContainText('by 1 customer, debt and open invoices counted once');
  await expect(net).toContainText('Credit available$45.00');
  await expect(page.getByLabel('Net line of Holding Ltd')).toContainText('Credit available$45.00');
});
