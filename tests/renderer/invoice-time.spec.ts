/**
 * Proves billing time on an invoice from the Time entries tab: two entries selected, invoiced and
 * issued, the invoice opening with a line per entry, and the entries marked invoiced, each
 * opening its invoice.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { InvoiceDrawer } from './pages/InvoiceDrawer.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, rid } from './support/given.ts';

test('selected time is billed on one invoice with a line per entry', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Hourly Works',
    currency: 'EUR',
    hourlyRate: '90.00',
  });
  for (const [hours, description] of [
    ['2', 'Workshop'],
    ['0.5', 'Follow-up call'],
  ] as const) {
    await app.engine.call('time.create', {
      customerId,
      date: '2026-03-09',
      hours,
      description,
      requestId: rid('time'),
    });
  }
  await app.open(`#/customers/${customerId}/time`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await page.getByLabel('Select all unbilled entries').check();
  await page.getByRole('button', { name: 'Invoice 2 selected' }).click();
  const dialog = customer.dialog('Invoice time');
  await expect(dialog).toContainText('€225.00');
  await dialog.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(dialog).toBeHidden();

  const drawer = new InvoiceDrawer(page);
  await drawer.expectStatus('Open');
  await expect(drawer.root).toContainText('2026-03-09: Workshop');
  await expect(drawer.root).toContainText('2026-03-09: Follow-up call');
  await drawer.expectTotal('Amount due', '€225.00');
  await drawer.close();
  const entries = page.getByRole('table', { name: 'Time entries' });
  await expect(entries.getByText('invoiced', { exact: true })).toHaveCount(2);
  await entries.getByRole('button', { name: 'Open the invoice billing Workshop' }).click();
  await drawer.expectTotal('Total', '€225.00');
});
