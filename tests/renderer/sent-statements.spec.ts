/**
 * Proves statements are kept as sent, in Chromium (SPEC 11): a statement exported from the panel
 * is listed on the Sent statements tab and, after the customer is renamed and pays more, saves
 * again with exactly the bytes first exported; its email draft is made there and the row says to
 * whom it went; the month-end run makes a draft beside each customer's PDF.
 */
import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { AppShell } from './pages/AppShell.ts';
import { MonthEndDialog } from './pages/MonthEndDialog.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';
import { givenCustomer, givenTopUp, rid } from './support/given.ts';

test('a statement is exported, the data changes, and it saves again byte for byte', async ({
  page,
  app,
}) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Boreal',
    currency: 'EUR',
    email: 'ap@boreal.test',
  });
  await givenTopUp(app.engine, customerId, '500.00');
  await app.open(`#/customers/${customerId}/statement`);
  await new StartScreen(page).signIn('admin');
  const shell = new AppShell(page);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(shell.notification('Exported')).toContainText('.pdf');
  const exported = app.gate.savedPaths.at(-1) ?? '';
  const sent = fs.readFileSync(exported);

  await app.engine.call('customers.update', {
    customerId,
    name: 'Boreal Renamed',
    requestId: rid(),
  });
  await givenTopUp(app.engine, customerId, '75.00');

  await page.getByRole('tab', { name: 'Sent statements' }).click();
  const table = page.getByRole('table', { name: 'Sent statements' });
  await expect(table).toContainText('Not sent');
  await table.getByRole('button', { name: /^Save as sent/ }).click();
  await expect(shell.notification('Exported').last()).toBeVisible();
  await expect.poll(() => app.gate.savedPaths.length).toBe(2);
  const again = fs.readFileSync(app.gate.savedPaths.at(-1) ?? '');
  expect(again.equals(sent)).toBe(true);

  await table.getByRole('button', { name: /^Make email draft/ }).click();
  await expect(table).toContainText('ap@boreal.test');
  const eml = app.gate.savedPaths.at(-1) ?? '';
  expect(eml.endsWith('.eml')).toBe(true);
  const mail = await PostalMime.parse(fs.readFileSync(eml));
  const attached = Buffer.from(mail.attachments[0]?.content as ArrayBuffer);
  expect(attached.equals(sent)).toBe(true);
});

test('the month-end run makes an email draft beside each PDF', async ({ page, app }) => {
  for (const name of ['Acme', 'Zoë Łódź']) {
    const customerId = await givenCustomer(app.engine, { name, currency: 'EUR' });
    await givenTopUp(app.engine, customerId, '110.00');
  }
  await app.open();
  await new StartScreen(page).signIn('admin');
  await new AppShell(page).goTo('Customers');
  const monthEnd = new MonthEndDialog(page);
  await monthEnd.open();
  await monthEnd.chooseMonth('March 2026');
  await monthEnd.withDrafts();
  const summary = await monthEnd.exportAll();
  await expect(summary).toContainText('Saved 2 statements in');
  const saved = app.gate.savedPaths;
  expect(saved.filter((file) => file.endsWith('.pdf'))).toHaveLength(2);
  const drafts = saved.filter((file) => file.endsWith('.eml'));
  expect(drafts).toHaveLength(2);
  for (const draft of drafts) {
    const mail = await PostalMime.parse(fs.readFileSync(draft));
    expect(mail.attachments).toHaveLength(1);
  }
});

test('a sent statement verifies as sent, and a tampered copy as altered', async ({ page, app }) => {
  const customerId = await givenCustomer(app.engine, {
    name: 'Boreal',
    currency: 'EUR',
    email: 'ap@boreal.test',
  });
  await givenTopUp(app.engine, customerId, '500.00');
  const folder = path.join(app.dir, 'sent');
  fs.mkdirSync(folder, { recursive: true });
  const sent = path.join(folder, 'boreal.pdf');
  await app.engine.call('statements.exportPdf', {
    customerId,
    from: '2026-03-01',
    to: '2026-03-31',
    path: sent,
  });
  const tampered = path.join(folder, 'boreal-tampered.pdf');
  fs.writeFileSync(
    tampered,
    Buffer.from(
      fs.readFileSync(sent).toString('latin1').replace('/Producer', '/Producex'),
      'latin1',
    ),
  );
  await app.open();
  await new StartScreen(page).signIn('admin');
  await new AppShell(page).goTo('Audit log');
  const section = page.getByRole('region', { name: 'Verify a statement' });

  for (const [file, verdict] of [
    [sent, 'Exactly the statement that was sent'],
    [tampered, 'Altered: this is not the file that was sent'],
  ] as const) {
    const chooser = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Choose a PDF' }).click();
    await (await chooser).setFiles(file);
    await expect(section.getByRole('status')).toContainText(verdict);
  }
  await expect(section.getByRole('status')).toContainText('Boreal, 2026-03-01 to 2026-03-31');
});
