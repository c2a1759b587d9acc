/**
 * Proves, against the real web bridge, that a tab left open across a restart of
 * `npm run start:web` explains itself ("Balancebook was restarted") and takes the new address,
 * pasted into the page or into the address bar, without reloading the page; and that a tab whose
 * address no longer answers (a restart on another port, the default) opens the new one pasted in.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.ts';
import { StartScreen } from './pages/StartScreen.ts';
import { freePort, startRealBridge, type RealBridge } from './support/real-bridge.ts';

const START_AT = '2026-03-10T10:00:00Z';

let bridge: RealBridge | undefined;

test.afterEach(async () => {
  await bridge?.stop();
  bridge = undefined;
});

/** Starts the bridge on `port`, or starts it again there, with a new token. */
async function restart(dataDir: string, port: number): Promise<string> {
  await bridge?.stop();
  bridge = await startRealBridge({ dataDir, port, startAt: START_AT });
  return bridge.url;
}

/** Marks the loaded document; the mark survives only if the page is never reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as { notReloaded?: boolean }).notReloaded = true;
  });
}

async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as { notReloaded?: boolean }).notReloaded === true);
}

async function signedInTabAcrossRestart(page: Page, dataDir: string): Promise<string> {
  const port = await freePort();
  await page.goto(await restart(dataDir, port));
  await new StartScreen(page).signIn('admin');
  await new AppShell(page).expectSignedInAs('admin', 'Admin');
  await markDocument(page);
  return restart(dataDir, port);
}

test('a stale tab says Balancebook was restarted and takes the new address pasted into it', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  fs.mkdirSync(dataDir, { recursive: true });
  const newAddress = await signedInTabAcrossRestart(page, dataDir);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Customers' })
    .click();
  const form = page.getByRole('form', { name: 'New address' });
  await expect(page.getByRole('heading', { name: 'Balancebook was restarted' })).toBeVisible();
  await expect(form.getByText('Open the new address it printed, or paste it here.')).toBeVisible();

  const field = form.getByRole('textbox', { name: 'New address or token' });
  await field.fill('not an address');
  await form.getByRole('button', { name: 'Continue' }).click();
  await expect(form.getByText(/Paste the whole address Balancebook printed/)).toBeVisible();

  await field.fill(newAddress);
  await form.getByRole('button', { name: 'Continue' }).click();
  await new StartScreen(page).expectVisible();
  await new StartScreen(page).signIn('admin');
  await new AppShell(page).goTo('Customers');
  expect(await isSameDocument(page)).toBe(true);
});

test('the new address pasted into the address bar of the stale tab works without a reload', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  fs.mkdirSync(dataDir, { recursive: true });
  const newAddress = await signedInTabAcrossRestart(page, dataDir);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Customers' })
    .click();
  await expect(page.getByRole('heading', { name: 'Balancebook was restarted' })).toBeVisible();
  await page.evaluate((address) => {
    (globalThis as unknown as { location: { href: string } }).location.href = address;
  }, newAddress);

  await new StartScreen(page).expectVisible();
  expect(page.url()).not.toContain('token=');
  expect(await isSameDocument(page)).toBe(true);
});

test('a tab whose address no longer answers says so and opens the new address pasted into it', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  fs.mkdirSync(dataDir, { recursive: true });
  await page.goto(await restart(dataDir, await freePort()));
  await new StartScreen(page).signIn('admin');
  await new AppShell(page).expectSignedInAs('admin', 'Admin');
  const newAddress = await restart(dataDir, await freePort()); // a new port, as by default

  // A request the page makes by itself may find the old address gone first; otherwise a click does.
  const notRunning = page.getByRole('heading', {
    name: 'Balancebook is not running at this address',
  });
  const customers = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Customers' });
  await expect(notRunning.or(customers).first()).toBeVisible();
  // The screen may still change between the look and the click: a click it misses is not needed.
  if (!(await notRunning.isVisible())) await customers.click({ timeout: 5_000 }).catch(() => null);
  await expect(notRunning).toBeVisible();
  const form = page.getByRole('form', { name: 'New address' });
  await form.getByRole('textbox', { name: 'New address or token' }).fill(newAddress);
  await form.getByRole('button', { name: 'Continue' }).click();

  await new StartScreen(page).expectVisible();
  expect(new URL(page.url()).origin).toBe(new URL(newAddress).origin);
});
