/**
 * Proves that a draft can be changed before it is issued: a saved draft is edited from its drawer
 * (a price changed, a line added), then issued from the same dialog, and settles from the balance
 * with the edited total.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { InvoiceDrawer } from './pages/InvoiceDrawer.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp } from './support/given.ts';

test('a saved draft is edited, then issued with its new total and settled from the balance', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Draft & Daughters' });
  await givenTopUp(app.engine, customerId, '30.00');
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');

  const customer = new CustomerPage(page);
  await customer.newInvoice([{ description: 'Logo', unitPrice: '100' }], { draft: true });
  const drawer = new InvoiceDrawer(page);
  await drawer.expectStatus('Draft');
  await drawer.expectTotal('Total', '$100.00');

  const dialog = await drawer.editDraft();
  await expect(dialog.getByLabel('Description, line 1')).toHaveValue('Logo');
  await dialog.getByLabel('Unit price, line 1').fill('120');
  await dialog.getByRole('button', { name: 'Add line' }).click();
  await dialog.getByLabel('Description, line 2').fill('Hosting');
  await dialog.getByLabel('Unit price, line 2').fill('30');
  await dialog.getByRole('button', { name: 'Save and issue' }).click();
  await expect(dialog).toBeHidden();

  await drawer.expectStatus('Open');
  await drawer.expectTotal('Total', '$150.00');
  await drawer.expectTotal('Credit applied', '$30.00');
  await drawer.expectTotal('Amount due', '$120.00');
  await drawer.close();
  await customer.expectBalance('$0.00');

  const { items } = await app.engine.call('invoices.list', { customerId });
  expect(items.map((invoice) => [invoice.number, invoice.total, invoice.lines.length])).toEqual([
    ['INV-0001', '150.00', 2],
  ]);
});
