/**
 * Proves from the UI the business dates of #15: an admin closes the books through a day in
 * Settings; a top-up dated in the closed period is refused on its date field, and one dated
 * after it takes that date in the history, beside the day it was recorded.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer } from './support/given.ts';

test('a closing date refuses entries dated before it; others take their date', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Late Payer Ltd' });
  await app.open('#/settings');
  await new StartScreen(page).signIn('admin');
  const closing = page.getByRole('form', { name: 'Closing date settings' });
  await closing.getByLabel('Books closed through').fill('2026-02-28');
  await closing.getByLabel('Books closed through').blur();
  await closing.getByRole('button', { name: 'Save closing date' }).click();
  await expect(page.getByText('Closing date saved')).toBeVisible();
  expect((await app.engine.call('settings.get', {})).closingDate).toBe('2026-02-28');

  await app.open(`#/customers/${customerId}/history`);
  const customer = new CustomerPage(page);
  const refused = await customer.fillTopUp({ amount: '50', effectiveOn: '2026-02-20' });
  await refused.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(refused.getByText(/closed through 2026-02-28/i)).toBeVisible();
  await refused.getByLabel('Takes effect on').fill('2026-03-02');
  await refused.getByLabel('Takes effect on').blur();
  await refused.getByRole('button', { name: 'Top up', exact: true }).click();
  await expect(refused).toBeHidden();
  const history = page.getByRole('table', { name: /history/i });
  await expect(history).toContainText(/Mar(ch)? 2, 2026|2 Mar(ch)? 2026|2026-03-02/);
  await expect(history).toContainText('Recorded');
});
