/**
 * Proves the invoices page's "Past due only" and the dashboard's overdue list are the engine's
 * lists: a past-due invoice older than the first page of invoices (50 newer ones, none past due)
 * is still found, alone, in both.
 */
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice } from './support/given.ts';

/** One more than a page of the invoices list. */
const NEWER_INVOICES = 51;

test('a past-due invoice beyond the first page is found by Past due only and on the dashboard', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Oslo Oppdrag', paymentTermsDays: 5 });
  await givenIssuedInvoice(app.engine, customerId, '75.00', 'Late work');
  await app.setNow('2026-03-25T10:00:00Z');
  for (let index = 0; index < NEWER_INVOICES; index += 1) {
    await givenIssuedInvoice(app.engine, customerId, '10.00', `Recent work ${index + 1}`);
  }
  await app.open('#/');
  await new StartScreen(page).signIn('admin');
  const overdue = page.getByRole('table', { name: 'Overdue invoices' });
  await expect(overdue.getByRole('row')).toHaveCount(2);
  await expect(overdue).toContainText('$75.00');

  await new AppShell(page).goTo('Invoices');
  const invoices = page.getByRole('table', { name: 'Invoices' });
  await expect(page.getByRole('button', { name: 'Load more invoices' })).toBeVisible();
  await expect(invoices).not.toContainText('$75.00');
  await page.getByLabel('Past due only').check();
  await expect(invoices.getByRole('row')).toHaveCount(2);
  await expect(invoices).toContainText('$75.00');
  await expect(invoices).toContainText('Past due');
  await expect(page.getByRole('button', { name: 'Load more invoices' })).toBeHidden();
});
