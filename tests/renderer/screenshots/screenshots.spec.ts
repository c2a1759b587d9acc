/**
 * Writes PNGs of the main screens (1280x800 and 900x800, light and dark) into docs/screenshots from a seeded
 * demo ledger: start screen, dashboard, customers, a customer, an invoice, a statement, the
 * invoices list, settings, the command palette, the audit log, the reports, an import's preview and
 * a dialog. Run with `npm run screenshots`.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ImportWizard } from '../pages/ImportWizard.ts';
import { StartScreen } from '../pages/StartScreen.ts';
import { expect, test } from '../support/fixtures.ts';
import { seedDemoLedger } from './demo-ledger.ts';

const OUT = path.join(process.cwd(), 'docs/screenshots');

/** A customers file with one row the preview refuses (no currency). */
const CUSTOMERS_FILE = [
  'external_id,name,currency,email,billing_mode,credit_limit',
  'C-101,Aurora Ceramics,EUR,hello@aurora.test,prepaid,',
  'C-102,Birch & Bramble Ltd,GBP,accounts@birch.test,credit_limit,1500.00',
  'C-103,Ōkubo Design 大久保,JPY,office@okubo.test,postpaid,',
  'C-104,No Currency Co,,nc@example.test,prepaid,',
].join('\n');

async function settle(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
}

/** Files of the narrow window (900 px) end in `-900`; those of the wide one (1280 px) do not. */
async function shoot(page: Page, name: string, scheme: string): Promise<void> {
  await settle(page);
  await page.mouse.move(2, 790);
  const width = page.viewportSize()?.width ?? 1280;
  const suffix = width < 1280 ? `-${width}` : '';
  const file = path.join(OUT, `${name}-${scheme}${suffix}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
}

test('screenshots of the main screens in light and dark', async ({ page, app }) => {
  test.setTimeout(240_000);
  await seedDemoLedger(app.engine, app.setNow);
  const found = await app.engine.call('customers.list', { search: 'Zoë' });
  const zoe = found.items[0]?.id ?? '';
  const petros = (await app.engine.call('customers.list', { search: 'Πέτρος' })).items[0]?.id ?? '';
  const petrosInvoice = (
    await app.engine.call('invoices.list', { customerId: petros, status: 'open' })
  ).items[0];

  for (const scheme of ['light', 'dark'] as const) {
    await page.addInitScript({
      content: `localStorage.setItem('mantine-color-scheme-value', '${scheme}');`,
    });
    await app.open();
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await shoot(page, 'start', scheme);
    await new StartScreen(page).signIn('admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Credit owed in EUR/ })).toBeVisible();
    await shoot(page, 'dashboard', scheme);

    await app.open('#/customers');
    await expect(page.getByRole('table', { name: 'Customers' })).toContainText('Zoë Łódź Studio');
    await shoot(page, 'customers', scheme);

    await app.open(`#/customers/${zoe}/history`);
    await expect(page.getByRole('table', { name: 'Balance history' })).toBeVisible();
    await shoot(page, 'customer', scheme);

    await app.open(`#/customers/${petros}/invoices`);
    await page.getByRole('button', { name: petrosInvoice?.number ?? '' }).click();
    await expect(page.getByRole('table', { name: 'Invoice totals' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Payments on this invoice' })).toBeVisible();
    await shoot(page, 'invoice-drawer', scheme);
    await page.keyboard.press('Escape');

    await app.open(`#/customers/${zoe}/statement`);
    await expect(page.getByRole('region', { name: 'Statement preview' })).toBeVisible();
    // The statement's period at the top of the window, just under the fixed header.
    await page
      .getByRole('tablist')
      .evaluate((element: { scrollIntoView: (options: { block: string }) => void }) => {
        element.scrollIntoView({ block: 'start' });
      });
    await page.mouse.wheel(0, -70);
    await shoot(page, 'statement', scheme);

    await app.open('#/invoices');
    await expect(page.getByRole('table', { name: 'Invoices' })).toContainText('INV-');
    await shoot(page, 'invoices', scheme);

    await app.open('#/settings');
    await expect(page.getByRole('table', { name: 'People' })).toContainText('Marta Kowalska');
    await shoot(page, 'settings', scheme);

    await page.keyboard.press('Control+K');
    await page
      .getByRole('textbox', { name: 'Search customers, invoice numbers or pages' })
      .fill('st');
    await expect(page.getByRole('button', { name: /Zoë Łódź Studio/ })).toBeVisible();
    await shoot(page, 'command-palette', scheme);
    await page.keyboard.press('Escape');

    await app.open('#/audit');
    await page
      .getByRole('listitem', { name: /Balance adjust/ })
      .getByRole('button', { name: 'Show changes' })
      .click();
    await expect(page.getByRole('table', { name: 'Changes' })).toBeVisible();
    await shoot(page, 'audit-log', scheme);

    await app.open('#/reports');
    await expect(page.getByRole('table', { name: /^Aged receivables in / }).first()).toBeVisible();
    await shoot(page, 'reports', scheme);

    await app.open('#/settings');
    const wizard = new ImportWizard(page);
    await wizard.chooseFile('Customers', { name: 'customers.csv', text: CUSTOMERS_FILE });
    await wizard.toPreview();
    await expect(wizard.problems()).toContainText('is required');
    await wizard.section.evaluate((element: { scrollIntoView: () => void }) => {
      element.scrollIntoView();
    });
    await page.mouse.wheel(0, -70);
    await shoot(page, 'import-preview', scheme);

    await app.open(`#/customers/${zoe}/history`);
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: /^New invoice for / });
    await dialog.getByLabel('Description, line 1').fill('Spring campaign art direction');
    await dialog.getByLabel('Quantity, line 1').fill('12');
    await dialog.getByLabel('Unit price, line 1').fill('85.00');
    await dialog.getByLabel('Tax rate, line 1').fill('21');
    await dialog.getByRole('button', { name: 'Add line' }).click();
    await dialog.getByLabel('Description, line 2').fill('Location scouting');
    await dialog.getByLabel('Unit price, line 2').fill('240.505');
    await dialog.getByLabel('Description, line 2').click();
    await shoot(page, 'new-invoice-dialog', scheme);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Signed in as / }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
  }
});
