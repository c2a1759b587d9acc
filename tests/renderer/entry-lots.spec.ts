/**
 * Proves from the UI that a charge's history row expands, by keyboard, to show the lots it took
 * (kind, expiry, amount) and links to the documents behind an entry (SPEC 12).
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, rid } from './support/given.ts';

test('a charge’s row expands to show the lots it took', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, { name: 'Lots & Co' });
  await app.engine.call('payments.record', {
    customerId,
    amount: '50.00',
    method: 'bank_transfer',
    reference: 'WIRE-9',
    receivedOn: '2026-03-10',
    requestId: rid('pay'),
  });
  await app.engine.call('balance.topUp', {
    customerId,
    amount: '20.00',
    kind: 'promotional',
    expiresOn: '2026-03-31',
    requestId: rid('promo'),
  });
  await app.engine.call('balance.charge', {
    customerId,
    amount: '30.00',
    description: 'Logo design',
    requestId: rid('charge'),
  });
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await customer.expectBalance('$40.00');

  const row = customer.historyRow('Logo design');
  const toggle = row.getByRole('button', { name: 'Details: 2 lots' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const lots = row.getByRole('list', { name: 'Lots taken' }).getByRole('listitem');
  await expect(lots).toHaveCount(2);
  await expect(lots.nth(0)).toContainText('Promotional credit');
  await expect(lots.nth(0)).toContainText('$20.00');
  await expect(lots.nth(1)).toContainText('Paid credit');
  await expect(lots.nth(1)).toContainText('no expiry');
  await expect(lots.nth(1)).toContainText('$10.00');

  const payment = customer.historyRow('Payment received');
  await payment.getByRole('button', { name: 'Details', exact: true }).click();
  await payment.getByRole('button', { name: 'Payment received 2026-03-10 (ref WIRE-9)' }).click();
  await expect(page).toHaveURL(/\/payments$/);
});
