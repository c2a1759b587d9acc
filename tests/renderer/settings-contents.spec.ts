/**
 * Proves Settings' contents in a wide window: every section's title is listed (the import only
 * for the staff), a click brings that section under the fixed header, not behind it; a narrow
 * window has no contents.
 */
import { StartScreen } from './pages/StartScreen.ts';
import { expect, test } from './support/fixtures.ts';

const HEADER_PX = 60;

test('the contents list every section and bring the one clicked under the header', async ({
  page,
  app,
}) => {
  await app.open('#/settings');
  await new StartScreen(page).signIn('admin');
  const contents = page.getByRole('navigation', { name: 'Settings sections' });
  for (const title of ['Business', 'Journal accounts', 'People', 'Import', 'Past imports']) {
    await expect(contents.getByRole('button', { name: title, exact: true })).toBeVisible();
  }

  const journal = contents.getByRole('button', { name: 'Journal accounts', exact: true });
  await journal.click();
  const heading = page.getByRole('heading', { level: 2, name: 'Journal accounts' });
  await expect(heading).toBeInViewport();
  await expect
    .poll(async () => (await heading.boundingBox())?.y ?? 0)
    .toBeGreaterThanOrEqual(HEADER_PX);
  await expect(journal).toHaveAttribute('data-active');

  await page.setViewportSize({ width: 900, height: 800 });
  await expect(contents).toBeHidden();
});
