/**
 * Proves the whole-book export from Settings: the button asks the shell for a new folder, the
 * engine fills it, a notification names the folder and the file count, and the files are there
 * with the book in them; the File menu's route (`#/settings/export-book`) starts the same export
 * once on arrival.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp } from './support/given.ts';

const FILES = 16;

test('Settings exports the whole book into a new folder and says where', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, { name: 'Zoë Łódź Studio', currency: 'EUR' });
  await givenTopUp(app.engine, customerId, '250.00');
  await app.open('#/settings');
  await new StartScreen(page).signIn('admin');

  const section = page.getByRole('region', { name: 'Export the whole book' });
  await section.getByRole('button', { name: 'Export the whole book…' }).click();
  const notice = new AppShell(page).notification('Book exported');
  await expect(notice).toContainText(`${FILES} files saved in`);
  // The folder is handed out by the shell during the click's work, so it is read only once the
  // notification says the export is done.
  const folder = app.gate.savedPaths.at(-1) ?? '';
  expect(path.basename(folder)).toMatch(/^Balancebook \d{4}-\d{2}-\d{2}$/);
  await expect(notice).toContainText(`${FILES} files saved in ${folder}`);
  await expect(section.getByLabel('Last book export')).toContainText(`${FILES} files in ${folder}`);
  expect(fs.readdirSync(folder)).toHaveLength(FILES);
  expect(fs.readFileSync(path.join(folder, 'customers.csv'), 'utf8')).toContain('Zoë Łódź Studio');
  expect(fs.readFileSync(path.join(folder, 'entries.csv'), 'utf8')).toContain(',250.00,');
});

test("the File menu's route starts the export once, then leaves the intent", async ({
  page,
  app,
}) => {
  await givenCustomer(app.engine, { name: 'Acme', currency: 'USD' });
  await app.open('#/settings/export-book');
  await new StartScreen(page).signIn('admin');

  await expect(new AppShell(page).notification('Book exported')).toContainText(`${FILES} files`);
  await expect(page).toHaveURL(/#\/settings$/);
  const folders = app.gate.savedPaths;
  expect(folders).toHaveLength(1);
  expect(fs.existsSync(path.join(folders[0] ?? '', 'manifest.csv'))).toBe(true);
});
