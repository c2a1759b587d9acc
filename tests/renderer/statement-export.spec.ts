/**
 * Proves the statement: previewed in the app for a chosen range, exported as PDF through the save
 * dialog, and the PDF's text (read with pdftotext) carries the customer's name in any script and
 * the closing balance; a CSV export writes its rows too. A period half picked asks for its last day.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenIssuedInvoice, givenTopUp } from './support/given.ts';

test('a statement is previewed, then exported as PDF and CSV where the save dialog says', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Zoë Łódź Studio 東京',
    currency: 'EUR',
  });
  await givenTopUp(app.engine, customerId, '500.00');
  await givenIssuedInvoice(app.engine, customerId, '120.00', 'Photography');
  await app.open(`#/customers/${customerId}/statement`);
  await new StartScreen(page).signIn('admin');

  const preview = page.getByRole('region', { name: 'Statement preview' });
  await expect(preview).toContainText('Statement for Zoë Łódź Studio 東京');
  await expect(preview.getByRole('group', { name: 'Closing balance' })).toContainText('€380.00');
  await expect(preview.getByRole('table', { name: 'Statement entries' })).toContainText(
    'Applied to invoice',
  );

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(new AppShell(page).notification('Exported')).toContainText('.pdf');
  const pdfPath = app.gate.savedPaths.at(-1) ?? '';
  expect(fs.existsSync(pdfPath)).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(text).toContain('Zoë Łódź Studio 東京');
  expect(text).toMatch(/380\.00/);

  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(new AppShell(page).notification(/\.csv/)).toBeVisible();
  const csv = fs.readFileSync(app.gate.savedPaths.at(-1) ?? '', 'utf8');
  expect(csv).toContain('380.00');
});

test('a period half picked asks for its last day and offers no export until then', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, { name: 'Birch Ltd', currency: 'EUR' });
  await givenTopUp(app.engine, customerId, '90.00');
  await app.open(`#/customers/${customerId}/statement`);
  await new StartScreen(page).signIn('admin');
  const preview = page.getByRole('region', { name: 'Statement preview' });
  await expect(preview).toContainText('Statement for Birch Ltd');

  await page.getByRole('button', { name: 'Period' }).click();
  await page.getByRole('button', { name: '5 January 2026', exact: true }).click();
  await expect(page.getByText('Choose the period')).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  await page.getByRole('button', { name: '20 January 2026', exact: true }).click();
  await expect(preview).toContainText('Statement for Birch Ltd');
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
});
