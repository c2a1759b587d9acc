/**
 * Proves from the UI that a bookkeeper sets up a recurring allowance (SPEC 12): the schedule is
 * listed with its credit, and the scheduled pass grants it as promotional credit expiring at the
 * end of its period.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test('a recurring allowance grants promotional credit each month', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, { name: 'Perks Ltd' });
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);

  await customer.openAction('Recurring allowance');
  const dialog = customer.dialog(/^Recurring allowance for /);
  await dialog.getByLabel('Credit each period').fill('25.00');
  await dialog.getByLabel('Every').selectOption('month');
  await dialog.getByRole('button', { name: 'Create allowance' }).click();
  await expect(dialog).toBeHidden();

  await customer.openTab('Schedules');
  const schedules = page.getByRole('table', { name: 'Recurring invoices' });
  await expect(schedules).toContainText('Promotional credit (allowance)');
  await expect(schedules).toContainText('25.00');

  await app.engine.call('jobs.runDue', {});
  // The pass ran outside the page: a reload reads the book afresh (the session stays).
  await page.reload();
  await customer.expectBalance('25.00');
  await customer.openTab('Grants');
  const lots = page.getByRole('table', { name: 'Grants' });
  await expect(lots).toContainText('Promotional');
  // The period runs a month from the start date (10 March): its last day is 9 April.
  await expect(lots).toContainText(/Apr(il)? 9, 2026|9 Apr(il)? 2026|2026-04-09/);
});
