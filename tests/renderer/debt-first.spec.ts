/**
 * Proves from the UI that a plain payment (no invoice chosen) from a customer blocked by an
 * overdue balance-due invoice pays that invoice first: the balance reaches zero, the block lifts
 * at once and the invoice is paid (SPEC 12).
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, rid } from './support/given.ts';

test('a plain payment pays a blocked customer’s debt notice first and lifts the block', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Blocked Hosting',
    paymentTermsDays: 14,
  });
  await app.engine.call('customers.setBillingMode', {
    customerId,
    mode: 'credit_limit',
    creditLimit: '500.00',
    reason: 'Monthly hosting',
    requestId: rid('mode'),
  });
  await app.engine.call('balance.charge', {
    customerId,
    amount: '300.00',
    description: 'VPS March',
    requestId: rid('charge'),
  });
  await app.setNow('2026-04-01T06:00:00Z');
  await app.engine.call('jobs.runDue', {});
  await app.setNow('2026-04-16T08:00:00Z');
  expect((await app.engine.call('jobs.runDue', {})).blocked).toBe(1);
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await expect(customer.figure('Billing mode')).toContainText('Blocked');

  await customer.openAction('Record payment');
  const payment = customer.dialog(/^Record payment from /);
  await expect(payment.getByLabel('Invoice')).toHaveValue('');
  await payment.getByLabel('Amount').fill('300');
  await payment.getByRole('button', { name: 'Record payment', exact: true }).click();
  await expect(payment).toBeHidden();

  await customer.expectBalance('$0.00');
  await expect(customer.figure('Billing mode')).not.toContainText('Blocked');
  await expect(customer.historyRow('Debt paid')).toBeVisible();
  const [invoice] = (await app.engine.call('invoices.list', { customerId })).items;
  expect([invoice?.status, invoice?.amountDue]).toEqual(['paid', '0.00']);
});
