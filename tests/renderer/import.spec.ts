/**
 * Proves the import journey in the browser: a file neither CSV nor workbook is refused by the drop
 * zone with a sentence naming it, then a customers file with one bad row is handed over, its
 * columns matched to fields named in words, the preview names the problem by row and column,
 * the refused row is skipped, the rest is imported and the customers appear, and the import is
 * undone from "Past imports".
 */
import { AppShell } from './pages/AppShell.ts';
import { CustomersPage } from './pages/CustomersPage.ts';
import { ImportWizard } from './pages/ImportWizard.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';

const CUSTOMERS = [
  'external_id,name,currency,email',
  'C-1,Zoë Łódź Studio,EUR,zoe@example.com',
  'C-2,Birch Ltd,USD,birch@example.com',
  'C-3,No Currency Co,,nc@example.com',
].join('\n');

test('import customers with one bad row: see it, skip it, see the customers, undo', async ({
  page,
  app,
}) => {
  await app.open('#/settings');
  await new StartScreen(page).signIn('admin');
  const wizard = new ImportWizard(page);

  await wizard.chooseFile('Customers', { name: 'notes.txt', text: 'not a table' }, 'text/plain');
  await expect(wizard.section.getByRole('alert')).toContainText(
    'notes.txt is neither a CSV file (.csv) nor an Excel workbook (.xlsx).',
  );
  await wizard.chooseFile('Customers', { name: 'customers.csv', text: CUSTOMERS });
  await expect(wizard.section).toContainText('customers.csv');
  await expect(wizard.section.getByRole('alert')).toHaveCount(0);
  await wizard.section.getByRole('button', { name: 'Next: columns' }).click();
  // Each field is named in words, with the template's header it is matched by.
  const reference = wizard.section.getByLabel('Your reference for the customer');
  await expect(reference).toHaveValue('external_id');
  await expect(wizard.section).toContainText('payment_terms_days in the template');
  await wizard.section.getByRole('button', { name: 'Next: preview' }).click();
  const problem = wizard.problems().getByRole('row', { name: /4 currency is required/ });
  await expect(problem).toBeVisible();
  await expect(wizard.section.getByRole('group', { name: 'Import counts' })).toContainText(
    '1 refused',
  );
  // Customers bring no money: each currency counts its customers, in the singular for one.
  await expect(wizard.section).toContainText('EUR: 1 customer');
  await expect(wizard.section).not.toContainText('balances');
  await wizard.skipRefusedAndImport(2);
  await expect(wizard.section).toContainText('Imported 2 rows from customers.csv, 1 skipped.');

  const shell = new AppShell(page);
  const customers = new CustomersPage(page);
  await shell.goTo('Customers');
  await expect(customers.row('Zoë Łódź Studio')).toBeVisible();
  await expect(customers.row('Birch Ltd')).toBeVisible();
  await expect(customers.row('No Currency Co')).toHaveCount(0);

  await shell.goTo('Settings');
  await expect(wizard.past.getByRole('row', { name: /customers\.csv/ })).toBeVisible();
  await wizard.undo('customers.csv', 'Wrong file');
  await expect(shell.notification('Undid the import of customers.csv')).toBeVisible();
  await expect(wizard.past.getByText('Undone')).toBeVisible();

  await shell.goTo('Customers');
  await expect(customers.row('Zoë Łódź Studio')).toHaveCount(0);
});

test('a field the file has no column for is named in words in the problems', async ({
  page,
  app,
}) => {
  await app.open('#/settings');
  await new StartScreen(page).signIn('admin');
  const wizard = new ImportWizard(page);
  const file = ['external_id,name,currency,billing_mode', 'C-9,Oak Studio,EUR,credit_limit'];
  await wizard.chooseFile('Customers', { name: 'oak.csv', text: file.join('\n') });
  await wizard.toPreview();
  const problem = wizard.problems().getByRole('row', { name: /^2 / });
  await expect(problem.getByRole('cell').nth(1)).toHaveText('Credit limit (no column)');
  await expect(problem.getByRole('cell').nth(2)).toHaveText(
    'is required for the credit_limit billing mode',
  );
});
