/** Month-end statements, opened from the Customers page: pick a month, export, read the summary. */
import { expect, type Locator, type Page } from '@playwright/test';

export class MonthEndDialog {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Month-end statements' });
  }

  monthField(): Locator {
    return this.dialog().getByRole('button', { name: 'Month', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Month-end statements' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** Picks a month of the year the picker shows, by its full name ("March 2026"). */
  async chooseMonth(month: string): Promise<void> {
    await this.monthField().click();
    await this.page.getByRole('button', { name: month, exact: true }).click();
    await expect(this.monthField()).toHaveText(month);
  }

  /** Starts the export (the test gate answers the folder dialog) and waits for the summary. */
  /** Ticks "also make an email draft for each customer". */
  async withDrafts(): Promise<void> {
    await this.dialog()
      .getByRole('checkbox', { name: /email draft for each customer/ })
      .check();
  }

  async exportAll(): Promise<Locator> {
    await this.dialog().getByRole('button', { name: 'Choose folder and export' }).click();
    await expect(this.dialog().getByRole('button', { name: 'Done' })).toBeVisible();
    return this.dialog();
  }

  async done(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Done' }).click();
    await expect(this.dialog()).toBeHidden();
  }
}
