/**
 * Proves refunds and adjustments: only paid credit is refundable (the dialog shows the engine's
 * refundable figure and, as you type more, the engine's words on the amount), an adjustment needs a reason, and the audit log shows who did it and why.
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp, givenUser } from './support/given.ts';

test('refund takes only paid credit, adjust needs a reason, and the audit log says who and why', async ({
  page,
  app,
}) => {
  await givenUser(app.engine, 'Ana Ortega', 'accountant');
  const customerId = await givenCustomer(app.engine, { name: 'Πέτρος Studio', currency: 'USD' });
  await givenTopUp(app.engine, customerId, '100.00');
  await givenTopUp(app.engine, customerId, '20.00', 'promotional');
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('Ana Ortega');
  const customer = new CustomerPage(page);
  await customer.expectBalance('$120.00');

  await customer.openAction('Refund');
  const refused = customer.dialog(/^Refund /);
  await expect(refused.getByLabel('Refundable credit')).toContainText('$100.00');
  // Said as you type, before anything is sent: the engine's figure, in the engine's words.
  await refused.getByLabel('Amount').fill('150');
  await expect(refused.getByText(/^Only 100\.00 USD of paid credit is refundable/)).toBeVisible();
  await refused.getByLabel('Reason').fill('Contract ended');
  await refused.getByLabel('Amount').fill('100.01');
  await expect(refused.getByText(/^Only 100\.00 USD of paid credit is refundable/)).toBeVisible();
  await refused.getByLabel('Amount').fill('40');
  await expect(refused.getByText(/^Only 100\.00 USD/)).toBeHidden();
  await refused.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(refused).toBeHidden();
  await customer.expectBalance('$80.00');

  await customer.openAction('Adjust');
  const adjust = customer.dialog(/^Adjust /);
  await adjust.getByLabel('Amount').fill('10.005');
  await expect(adjust.getByText('Amount allows at most 2 decimals in USD')).toBeVisible();
  await adjust.getByLabel('Amount').fill('10');
  await adjust.getByText('Debit (take away)', { exact: true }).click();
  await adjust.getByRole('button', { name: 'Adjust', exact: true }).click();
  await expect(adjust.getByText('Is required')).toBeVisible();
  await adjust.getByLabel('Reason').fill('Bank fee passed on');
  await adjust.getByRole('button', { name: 'Adjust', exact: true }).click();
  await expect(adjust).toBeHidden();
  await customer.expectBalance('$70.00');
  await expect(customer.historyRow('Bank fee passed on')).toContainText('Ana Ortega');

  await new AppShell(page).goTo('Audit log');
  const event = page.getByRole('listitem', { name: 'Balance adjust by Ana Ortega' });
  await expect(event).toContainText('Reason: Bank fee passed on');
  await expect(page.getByRole('listitem', { name: 'Balance refund by Ana Ortega' })).toContainText(
    'Contract ended',
  );
});
