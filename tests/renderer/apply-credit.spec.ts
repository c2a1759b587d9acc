/** Proves that credit received after an invoice was issued can be applied to it from the drawer. */
import { CustomerPage } from './pages/CustomerPage.ts';
import { InvoiceDrawer } from './pages/InvoiceDrawer.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice } from './support/given.ts';

test('applying a later top-up to an older open invoice lowers what is due', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Harbour & Co', currency: 'EUR' });
  const invoice = await givenIssuedInvoice(app.engine, customerId, '250.00', 'Brand workshop');
  expect(invoice.amountDue).toBe('250.00');
  await app.open(`#/customers/${customerId}/invoices`);
  await new StartScreen(page).signIn('admin');

  const customer = new CustomerPage(page);
  await customer.topUp({ amount: '100.00' });
  await customer.expectBalance('€100.00');

  await page.getByRole('button', { name: invoice.number ?? '' }).click();
  const drawer = new InvoiceDrawer(page);
  await drawer.expectTotal('Amount due', '€250.00');
  await drawer.applyBalance();
  await drawer.expectTotal('Credit applied', '€100.00');
  await drawer.expectTotal('Amount due', '€150.00');
  await drawer.close();
  await customer.expectBalance('€0.00');

  const stored = await app.engine.call('invoices.get', { invoiceId: invoice.id });
  expect(stored.amountDue).toBe('150.00');
});
