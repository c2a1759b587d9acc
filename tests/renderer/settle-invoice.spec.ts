/**
 * Proves the core journey through the UI only: a new customer, a top-up with an expiry date, and
 * an issued invoice settled from that credit (60 credit + 100 invoice → 40 due, balance 0).
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { InvoiceDrawer } from './pages/InvoiceDrawer.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';

test('a top-up with an expiry settles a new invoice, leaving 40 due and a zero balance', async ({
  page,
  app,
}) => {
  await app.open();
  await new StartScreen(page).signIn('admin');
  const shell = new AppShell(page);
  await shell.goTo('Customers');
  await new CustomersPage(page).createCustomer({
    name: 'Zoë Łódź Studio',
    currency: 'USD',
    email: 'zoe@example.com',
  });

  const customer = new CustomerPage(page);
  await customer.topUp({
    amount: '60',
    expiresOn: '2026-06-30',
    method: 'Bank transfer',
    reason: 'Prepaid March',
  });
  await customer.expectBalance('$60.00');
  await customer.openTab('Grants');
  const grants = page.getByRole('table', { name: 'Grants' });
  await expect(grants).toContainText('$60.00');
  await expect(grants).toContainText('Jun 30, 2026');

  await customer.newInvoice([{ description: 'Website redesign', quantity: '1', unitPrice: '100' }]);
  const drawer = new InvoiceDrawer(page);
  await drawer.expectTotal('Total', '$100.00');
  await drawer.expectTotal('Credit applied', '$60.00');
  await drawer.expectTotal('Amount due', '$40.00');
  await drawer.expectStatus('Open');
  await drawer.close();
  await customer.expectBalance('$0.00');
  await customer.openTab('Balance history');
  await expect(customer.historyRow('Applied to invoice')).toContainText('-$60.00');
});
