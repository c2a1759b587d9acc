/** The start screen, as a person uses it: pick who you are, type a PIN if asked, sign in. */
import { expect, type Locator, type Page } from '@playwright/test';

export class StartScreen {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Sign in' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async choose(name: string): Promise<void> {
    await this.form.getByRole('radio', { name }).click();
  }

  async signIn(name: string, pin?: string): Promise<void> {
    await this.choose(name);
    if (pin !== undefined) await this.pinField().fill(pin);
    await this.form.getByRole('button', { name: 'Sign in' }).click();
  }

  pinField(): Locator {
    return this.form.getByRole('textbox', { name: 'PIN' });
  }

  pinError(): Locator {
    return this.form.getByText('That PIN is not right');
  }
}
