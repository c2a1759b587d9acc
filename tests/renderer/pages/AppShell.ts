/** The signed-in shell: navigation, the light/dark switch, the user menu and the command palette. */
import { expect, type Locator, type Page } from '@playwright/test';

export type PageName =
  'Dashboard' | 'Customers' | 'Invoices' | 'Audit log' | 'Settings' | 'Reports';

export class AppShell {
  constructor(private readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async goTo(name: PageName): Promise<void> {
    await this.nav().getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  userMenu(): Locator {
    return this.page.getByRole('button', { name: /^Signed in as / });
  }

  async expectSignedInAs(name: string, role: string): Promise<void> {
    await expect(this.userMenu()).toHaveAccessibleName(`Signed in as ${name}, ${role}`);
  }

  async signOut(): Promise<void> {
    await this.userMenu().click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }

  async toggleColorScheme(): Promise<void> {
    await this.page.getByRole('button', { name: /^Switch to (dark|light) mode$/ }).click();
  }

  async expectColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  }

  /** Jumps through the command palette to the first result named `name`. */
  async jumpTo(search: string, name: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    const box = this.page.getByRole('textbox', {
      name: 'Search customers, invoice numbers or pages',
    });
    await box.fill(search);
    await this.page.getByRole('button', { name }).first().click();
    await expect(box).toBeHidden();
  }

  /** Ctrl+K, type, wait for the result, then Enter (no arrow keys): the first result opens. */
  async searchAndEnter(search: string, firstResult: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    const box = this.page.getByRole('textbox', {
      name: 'Search customers, invoice numbers or pages',
    });
    await box.fill(search);
    await expect(this.page.getByRole('button', { name: firstResult })).toBeVisible();
    await box.press('Enter');
    await expect(box).toBeHidden();
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
