/**
 * Proves money is never hidden (issue #13): at 900 px and at 1280 px wide, every amount on the
 * balance history, the invoice lists, the statement preview, the invoice drawer, the dashboard
 * and the reports is shown whole (not cut by the window, a scrolling box or an ellipsis), with
 * large amounts and a description made of one long word; and a void invoice shows 0 due, "Void"
 * and its reason.
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomerPage } from './pages/CustomerPage.ts';
import { expectNoBrokenHeaderWords } from './pages/HeadersOnScreen.ts';
import { InvoiceDrawer } from './pages/InvoiceDrawer.ts';
import { MoneyOnScreen } from './pages/MoneyOnScreen.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice, givenTopUp, rid } from './support/given.ts';
import type { Engine } from './support/engine-client.ts';

/** Every account the journal posts to, named, so the journal of all this can be drawn. */
const ACCOUNTS = {
  cash: '1000 Bank',
  prepayments: '2400 Customer prepayments',
  promotionalCredit: '2410 Promotional credit',
  promotionalExpense: '6100 Promotions',
  revenue: '4000 Revenue',
  receivables: '1200 Receivables',
  breakage: '4900 Breakage',
  adjustments: '6900 Adjustments',
};

const LONG_WORD = 'Supercalifragilisticexpialidociousconsultingretainerfortheentirequarter';

async function givenLargeLedger(engine: Engine): Promise<string> {
  const customerId = await givenCustomer(engine, { name: 'Wrocław Holdings', currency: 'PLN' });
  await givenTopUp(engine, customerId, '1234567.89');
  await engine.call('balance.charge', {
    customerId,
    amount: '1000000.01',
    description: LONG_WORD,
    requestId: rid('charge'),
  });
  await engine.call('balance.adjust', {
    customerId,
    direction: 'debit',
    amount: '999999.99',
    reason: LONG_WORD,
    requestId: rid('adjust'),
  });
  const invoice = await givenIssuedInvoice(engine, customerId, '1000000.00', LONG_WORD);
  await engine.call('invoices.void', {
    invoiceId: invoice.id,
    reason: 'Issued to the wrong company by mistake',
    requestId: rid('void'),
  });
  const retainer = await givenIssuedInvoice(engine, customerId, '2345678.90', 'Annual retainer');
  await engine.call('payments.record', {
    customerId,
    invoiceId: retainer.id,
    amount: '1111111.11',
    method: 'bank_transfer',
    reference: LONG_WORD,
    receivedOn: '2026-03-10',
    requestId: rid('payment'),
  });
  return customerId;
}

for (const width of [900, 1280]) {
  test(`every amount is shown whole at ${width} px`, async ({ page, app }) => {
    await page.setViewportSize({ width, height: 900 });
    const customerId = await givenLargeLedger(app.engine);
    await app.open(`#/customers/${customerId}/history`);
    await new StartScreen(page).signIn('admin');
    const customer = new CustomerPage(page);
    const money = new MoneyOnScreen(page);
    await expect(customer.historyRow('Manual debit adjustment')).toContainText('999,999.99');
    await money.expectAllWhole('the balance history');

    await customer.openTab('Invoices');
    const invoices = page.getByRole('table', { name: 'Invoices of Wrocław Holdings' });
    const voidRow = invoices.getByRole('row').filter({ hasText: 'Void' });
    await expect(voidRow).toContainText('Reason: Issued to the wrong company by mistake');
    await expect(voidRow).toContainText('PLN 0.00');
    await money.expectAllWhole('the invoice list');

    await customer.openTab('Statement');
    const preview = page.getByRole('region', { name: 'Statement preview' });
    await expect(preview.getByRole('table', { name: 'Statement entries' })).toContainText(
      LONG_WORD,
    );
    await expect(preview).toContainText('Reason: Issued to the wrong company by mistake');
    await money.expectAllWhole('the statement preview');

    for (const tab of ['Grants', 'Payments']) {
      await customer.openTab(tab);
      await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
      await money.expectAllWhole(`the ${tab} tab`);
    }

    await customer.openTab('Invoices');
    await voidRow.getByRole('button').first().click();
    const drawer = new InvoiceDrawer(page);
    await expect(drawer.root).toContainText('Reason: Issued to the wrong company by mistake');
    await expect(drawer.root.getByRole('row', { name: 'Amount due (void)' })).toContainText(
      'PLN 0.00',
    );
    await money.expectAllWhole('the invoice drawer');
    expect(await money.count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');

    const shell = new AppShell(page);
    await shell.goTo('Invoices');
    await expect(page.getByRole('main')).toContainText('2,345,678.90');
    await money.expectAllWhole('the invoices page');

    await shell.goTo('Dashboard');
    await expect(page.getByRole('img', { name: /Credit owed in PLN/ })).toBeVisible();
    await money.expectAllWhole('the dashboard');

    await shell.goTo('Customers');
    const customers = page.getByRole('table', { name: 'Customers' });
    await expect(customers).toContainText('Wrocław Holdings');
    await expect(customers.getByRole('columnheader', { name: 'Balance' })).toBeInViewport();
    await money.expectAllWhole('the customers list');

    // Reports as at the end of the month of all this: seven money columns in the ageing table.
    await app.setNow('2026-04-02T10:00:00Z');
    await app.engine.call('settings.update', { journalAccounts: ACCOUNTS, requestId: rid('map') });
    await shell.goTo('Reports');
    const ageing = page.getByRole('table', { name: 'Aged receivables in PLN' });
    await expect(ageing.getByRole('row', { name: /Wrocław Holdings/ })).toContainText(
      '1,234,567.79',
    );
    await money.expectAllWhole('the aged receivables');
    await expectNoBrokenHeaderWords(page, 'the aged receivables');
    for (const tab of ['Credit owed', 'Activity', 'Journal']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(
        page.getByRole('tabpanel', { name: tab }).getByRole('table').first(),
      ).toBeVisible();
      await money.expectAllWhole(`the ${tab} report`);
      await expectNoBrokenHeaderWords(page, `the ${tab} report`);
    }
  });
}
