/** The start screen's book chooser: open a server book by its connection string (issue #19). */
import { expect, type Locator, type Page } from '@playwright/test';

export class ServerBookChooser {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Open a server book' });
  }

  /** Shows the form (it folds under the start screen until asked for). */
  async reveal(): Promise<void> {
    if (await this.form.isVisible()) return;
    await this.page.getByRole('button', { name: 'Open a server book…' }).click();
    await expect(this.form).toBeVisible();
  }

  /**
   * Types the string, turns TLS off when asked (a local server without it), opens it, and waits
   * until the start screen serves it: before that, its people are still the other book's.
   */
  async open(databaseUrl: string, options: { tls: boolean }): Promise<void> {
    await this.reveal();
    await this.form.getByLabel('Connection string').fill(databaseUrl);
    if (!options.tls) await this.form.getByRole('switch', { name: /TLS/ }).click({ force: true });
    await this.form.getByRole('button', { name: 'Open the server book' }).click();
    await this.expectBook(/^Server book /);
  }

  async expectBook(text: string | RegExp): Promise<void> {
    await expect(this.page.getByLabel('Book in use')).toHaveText(text);
  }

  connectionError(): Locator {
    return this.form.getByText(/The connection string/);
  }
}
