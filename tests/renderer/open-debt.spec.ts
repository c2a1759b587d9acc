/**
 * Proves the nudge in the top-up dialog: a post-paid customer with an open balance-due invoice is
 * told so, and "Record payment" there pays the invoice (not just the balance), clearing both.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, rid } from './support/given.ts';

test('money for an open balance-due invoice is recorded on it from the top-up dialog', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Postpaid Partners' });
  await app.engine.call('customers.setBillingMode', {
    customerId,
    mode: 'postpaid',
    reason: 'Monthly billing',
    requestId: rid('mode'),
  });
  await app.engine.call('balance.charge', {
    customerId,
    amount: '450.00',
    description: 'March hosting',
    requestId: rid('charge'),
  });
  await app.setNow('2026-04-02T08:00:00Z');
  expect((await app.engine.call('jobs.runDue', {})).balanceDueIssued).toBe(1);
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await customer.expectBalance('-$450.00');

  const topUp = await customer.fillTopUp({ amount: '450' });
  const notice = topUp.getByRole('alert').filter({ hasText: 'A balance-due invoice is open' });
  await expect(notice).toContainText('INV-0001 asks for $450.00');
  await notice.getByRole('button', { name: 'Record payment' }).click();

  const payment = customer.dialog(/^Record payment from /);
  await expect(payment.getByLabel('Invoice')).toHaveValue(/.+/);
  await expect(payment.getByLabel('Amount')).toHaveValue('450.00');
  await payment.getByRole('button', { name: 'Record payment', exact: true }).click();
  await expect(payment).toBeHidden();
  await customer.expectBalance('$0.00');

  const [invoice] = (await app.engine.call('invoices.list', { customerId })).items;
  expect([invoice?.status, invoice?.amountDue]).toEqual(['paid', '0.00']);
});
