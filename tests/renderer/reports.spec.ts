/**
 * The accountant's journey through Reports: opened from the navigation, aged receivables and
 * credit owed as at the end of last month (the date picked), both exported (CSV and PDF through
 * the save dialog, read back), last month's activity per customer, and a customer opened from the
 * report on their statement ending that day; then an account of the journal named in Settings.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { START_AT, expect, test, type AppFixture } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice, givenTopUp } from './support/given.ts';

test('reports as at last month end: ageing, credit owed, exports, and a customer opened', async ({
  page,
  app,
}) => {
  await app.setNow('2026-02-05T10:00:00Z');
  const nordic = await givenCustomer(app.engine, { name: 'Nordic Prints' });
  await givenTopUp(app.engine, nordic, '300.00');
  const harbor = await givenCustomer(app.engine, { name: 'Harbor Cafe' });
  await givenIssuedInvoice(app.engine, harbor, '120.00');
  await app.setNow('2026-03-02T10:00:00Z');
  await givenTopUp(app.engine, nordic, '50.00');
  await app.setNow(START_AT);
  await app.open('#/');
  await new StartScreen(page).signIn('admin');
  const shell = new AppShell(page);
  await shell.goTo('Reports');

  const asAt = page.getByRole('button', { name: 'As at' });
  await expect(asAt).toHaveText('28 Feb 2026');
  await asAt.click();
  await page.getByRole('button', { name: '27 February 2026' }).click();
  await expect(asAt).toHaveText('27 Feb 2026');
  await asAt.click();
  await page.getByRole('button', { name: '28 February 2026' }).click();
  await expect(asAt).toHaveText('28 Feb 2026');

  const ageing = page.getByRole('table', { name: 'Aged receivables in USD' });
  await expect(ageing.getByRole('row', { name: /Harbor Cafe/ })).toContainText('$120.00');
  // The chart's axis is labelled in money, like every chart of money in the app.
  await expect(page.getByRole('img', { name: 'Receivables in USD by age' })).toContainText('$');

  await page.getByRole('tab', { name: 'Credit owed' }).click();
  const credit = page.getByRole('table', { name: 'Credit owed in USD' });
  // The 50.00 of 2 March is after the date: credit owed is 300.00, not today's 350.00.
  await expect(credit.getByRole('row', { name: /Nordic Prints/ })).toContainText('$300.00');

  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(shell.notification(/\.csv/)).toBeVisible();
  const csv = fs.readFileSync(app.gate.savedPaths.at(-1) ?? '', 'utf8');
  expect(csv).toContain('Nordic Prints,300.00,0.00,300.00,0.00');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(shell.notification(/\.pdf/)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', app.gate.savedPaths.at(-1) ?? '', '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Credit owed in USD, as at 2026-02-28');
  expect(text).toMatch(/Nordic Prints\s+300\.00/);

  // Activity for last month, per customer in a table drawn a screen at a time.
  await page.getByRole('tab', { name: 'Activity' }).click();
  const activity = page.getByRole('table', { name: 'Activity per customer in USD' });
  await expect(activity.getByRole('row', { name: /Nordic Prints/ })).toContainText('$300.00');
  await page.getByRole('tab', { name: 'Credit owed' }).click();

  await credit.getByRole('link', { name: 'Nordic Prints' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${nordic}/statement/2026-02-28$`));
  await expect(page.getByRole('button', { name: 'Period' })).toContainText('28 Feb 2026');

  // The journal posts to the accounts an admin names in Settings.
  await shell.goTo('Settings');
  const accounts = page.getByRole('form', { name: 'Journal accounts settings' });
  await accounts.getByLabel('Cash or bank').fill('1000 Bank');
  await accounts.getByRole('button', { name: 'Save journal accounts' }).click();
  await expect(shell.notification('Journal accounts saved')).toBeVisible();
  const saved = await app.engine.call('settings.get', {});
  expect(saved.journalAccounts).toEqual({ cash: '1000 Bank' });
});

/** Nordic Prints topped up 80.00 on 5 February; Reports opened, signed in as the admin. */
async function openReportsAfterFebruaryTopUp(page: Page, app: AppFixture): Promise<void> {
  await app.setNow('2026-02-05T10:00:00Z');
  await givenTopUp(app.engine, await givenCustomer(app.engine, { name: 'Nordic Prints' }), '80.00');
  await app.setNow(START_AT);
  await app.open('#/reports');
  await new StartScreen(page).signIn('admin');
}

test('a period half picked asks for its last day, and no report waits out of sight', async ({
  page,
  app,
}) => {
  await openReportsAfterFebruaryTopUp(page, app);
  await expect(page.getByRole('table', { name: 'Aged receivables in USD' })).toBeVisible();
  // The other tabs' reports are not asked for until opened, so none may sit in a loading state.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Activity' }).click();
  const period = page.getByRole('button', { name: 'Period' });
  await period.click();
  await page.getByRole('button', { name: '2 February 2026', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Activity' });
  await expect(panel).toContainText('Choose the period');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.getByRole('button', { name: '20 February 2026', exact: true }).click();
  await expect(period).toContainText('2 Feb 2026 – 20 Feb 2026');
  const activity = page.getByRole('table', { name: 'Activity per customer in USD' });
  await expect(activity.getByRole('row', { name: /Nordic Prints/ })).toContainText('$80.00');
});

test('the journal names the account it lacks and takes an admin to that field in Settings', async ({
  page,
  app,
}) => {
  await openReportsAfterFebruaryTopUp(page, app);
  await page.getByRole('tab', { name: 'Journal' }).click();

  const ask = page.getByRole('alert').filter({ hasText: "Name the journal's accounts first" });
  await expect(ask).toContainText('“Cash or bank” has no name yet.');
  await ask.getByRole('button', { name: 'Name the accounts in Settings' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Journal accounts' })).toBeInViewport();
  const accounts = page.getByRole('form', { name: 'Journal accounts settings' });
  await expect(accounts.getByLabel('Cash or bank')).toBeFocused();
  await page.keyboard.type('1000 Bank');
  await accounts.getByLabel('Customer prepayments (paid credit owed)').fill('2400 Prepayments');
  await accounts.getByRole('button', { name: 'Save journal accounts' }).click();
  await expect(new AppShell(page).notification('Journal accounts saved')).toBeVisible();

  await new AppShell(page).goTo('Reports');
  await page.getByRole('tab', { name: 'Journal' }).click();
  await expect(page.getByRole('main')).toContainText('1000 Bank');
  await expect(page.getByRole('main')).toContainText('2400 Prepayments');
});
