/**
 * Proves the balance history stays light with many entries: only the rows in view are in the
 * page, and scrolling down fetches the older pages with the cursor until the first entry shows.
 */
import { CustomerPage } from './pages/CustomerPage.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, rid } from './support/given.ts';

const ENTRIES = 450;

test('a long history is virtualised and paged in as you scroll', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, { name: 'Long Ledger Ltd', currency: 'USD' });
  for (let index = 1; index <= ENTRIES; index += 1) {
    await app.engine.call('balance.topUp', {
      customerId,
      amount: `${index}.00`,
      kind: 'paid',
      requestId: rid('bulk'),
    });
  }
  await app.open(`#/customers/${customerId}/history`);
  await new StartScreen(page).signIn('admin');
  const customer = new CustomerPage(page);
  await customer.expectBalance('$101,475.00');

  const table = page.getByRole('table', { name: 'Balance history' });
  await expect(customer.historyRow('+$450.00')).toBeVisible();
  expect(await table.getByRole('row').count()).toBeLessThan(60);

  const scroller = page.getByLabel('Balance history, scrollable');
  const footer = scroller.getByText(`${ENTRIES} rows`);
  await scroller.hover();
  await expect(async () => {
    await page.mouse.wheel(0, 20_000);
    await expect(footer).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(table).toHaveAttribute('aria-rowcount', String(ENTRIES + 1));
  await expect(async () => {
    await page.mouse.wheel(0, 20_000);
    await expect(customer.historyRow('+$1.00')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  expect(await table.getByRole('row').count()).toBeLessThan(60);
});
