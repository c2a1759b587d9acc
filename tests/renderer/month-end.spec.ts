/**
 * Proves month-end statements: from the Customers page, one PDF per customer for the chosen month
 * lands in the chosen folder, under distinct new names even for two customers of the same name,
 * and each PDF carries its own customer's name (in any script), top-up and period; a statement
 * that cannot be written is listed while the others are saved, and Stop ends the run after the
 * statement being written. With no customers there is nothing to export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pdfText } from '../support/pdf.ts';
import { AppShell } from './pages/AppShell.ts';
import { MonthEndDialog } from './pages/MonthEndDialog.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp } from './support/given.ts';
import type { ShellGate } from './support/engine-client.ts';

/** Each top-up happens on the fixture clock's day, 10 March 2026, so inside March. */
const CUSTOMERS = [
  { name: 'Zoë Łódź', amount: '110.00' },
  { name: 'Acme', amount: '220.00' },
  { name: 'Acme', amount: '330.00' },
];

test('month-end statements write one PDF per customer for the chosen month', async ({
  page,
  app,
}) => {
  for (const customer of CUSTOMERS) {
    const customerId = await givenCustomer(app.engine, { name: customer.name, currency: 'EUR' });
    await givenTopUp(app.engine, customerId, customer.amount);
  }
  await app.open();
  await new StartScreen(page).signIn('admin');
  await new AppShell(page).goTo('Customers');

  const monthEnd = new MonthEndDialog(page);
  await monthEnd.open();
  // The fixture clock says 10 March 2026, so the month to begin with is the one before.
  await expect(monthEnd.monthField()).toHaveText('February 2026');
  await monthEnd.chooseMonth('March 2026');
  const summary = await monthEnd.exportAll();
  await expect(summary).toContainText('Saved 3 statements in');
  await expect(summary).toContainText(path.join(app.dir, 'chosen-folder'));
  await expect(new AppShell(page).notification('Month-end statements')).toBeVisible();
  await monthEnd.done();

  const saved = app.gate.savedPaths;
  expect(saved).toHaveLength(3);
  expect(new Set(saved).size).toBe(3);
  const found = saved.map((file) => {
    expect(fs.existsSync(file)).toBe(true);
    const text = pdfText(file);
    expect(text).toContain('1 Mar 2026 to 31 Mar 2026');
    const customer = CUSTOMERS.find(
      (candidate) => text.includes(candidate.name) && text.includes(candidate.amount),
    );
    expect(path.basename(file).normalize('NFC')).toMatch(
      new RegExp(`^${customer?.name ?? '-'} statement 2026-03-01 to 2026-03-31(-2)?\\.pdf$`),
    );
    return customer?.amount;
  });
  expect([...found].sort()).toEqual(['110.00', '220.00', '330.00']);
});

type Invoke = ShellGate['invoke'];

/** Puts `around` between the page and the gate, for the shell's and the engine's answers. */
function interceptGate(
  gate: ShellGate,
  around: (next: Invoke, ...call: Parameters<Invoke>) => ReturnType<Invoke>,
) {
  const next = gate.invoke.bind(gate);
  gate.invoke = (channel, input) => around(next, channel, input);
}

test('a statement that cannot be written is listed, and the others are still saved', async ({
  page,
  app,
}) => {
  for (const name of ['Acme', 'Broken Books', 'Zoë Łódź']) {
    await givenCustomer(app.engine, { name, currency: 'EUR' });
  }
  // A folder where Broken Books' file should go makes the engine's write fail for that one only.
  interceptGate(app.gate, async (next, channel, input) => {
    const result = await next(channel, input);
    if (channel === 'app.chooseExportFolder') {
      const broken = app.gate.savedPaths.find((file) => path.basename(file).startsWith('Broken'));
      fs.mkdirSync(broken ?? '');
    }
    return result;
  });
  await app.open('#/customers');
  await new StartScreen(page).signIn('admin');

  const monthEnd = new MonthEndDialog(page);
  await monthEnd.open();
  const summary = await monthEnd.exportAll();
  await expect(summary).toContainText('Saved 2 statements in');
  const failures = summary.getByRole('list', { name: 'Statements not saved' });
  await expect(failures.getByRole('listitem')).toHaveCount(1);
  await expect(failures).toContainText('Broken Books: ');
  const written = app.gate.savedPaths.filter((file) => fs.statSync(file).isFile());
  expect(written.map((file) => path.basename(file)).sort()).toEqual([
    'Acme statement 2026-02-01 to 2026-02-28.pdf',
    'Zoë Łódź statement 2026-02-01 to 2026-02-28.pdf',
  ]);
});

test('Stop ends the run after the statement being written', async ({ page, app }) => {
  for (const name of ['Acme', 'Globex', 'Initech']) {
    await givenCustomer(app.engine, { name, currency: 'EUR' });
  }
  // The first statement waits until the test has pressed Stop.
  const stopPressed = Promise.withResolvers<undefined>();
  let exportCount = 0;
  interceptGate(app.gate, async (next, channel, input) => {
    if (channel === 'statements.exportPdf') {
      exportCount += 1;
      if (exportCount === 1) await stopPressed.promise;
    }
    return next(channel, input);
  });
  await app.open('#/customers');
  await new StartScreen(page).signIn('admin');

  const monthEnd = new MonthEndDialog(page);
  await monthEnd.open();
  await monthEnd.dialog().getByRole('button', { name: 'Choose folder and export' }).click();
  await expect(monthEnd.dialog()).toContainText('Exported 0 of 3');
  await expect(
    monthEnd.dialog().getByRole('progressbar', { name: 'Export progress' }),
  ).toHaveAttribute('aria-valuenow', '0');
  await monthEnd.dialog().getByRole('button', { name: 'Stop' }).click();
  await expect(monthEnd.dialog().getByRole('button', { name: /^Stopping/ })).toBeDisabled();
  stopPressed.resolve(undefined);

  await expect(monthEnd.dialog()).toContainText('Saved 1 statement in');
  await expect(monthEnd.dialog()).toContainText('Stopped after 1 of 3 customers');
  expect(app.gate.savedPaths.filter((file) => fs.existsSync(file))).toHaveLength(1);
  await monthEnd.done();
});

test('with no customers there is nothing to export', async ({ page, app }) => {
  await app.open('#/customers');
  await new StartScreen(page).signIn('admin');

  const monthEnd = new MonthEndDialog(page);
  await monthEnd.open();
  await expect(monthEnd.dialog()).toContainText('No customers yet');
  await expect(
    monthEnd.dialog().getByRole('button', { name: 'Choose folder and export' }),
  ).toHaveCount(0);
  await monthEnd.dialog().getByRole('button', { name: 'Close', exact: true }).click();
  await expect(monthEnd.dialog()).toBeHidden();
});
