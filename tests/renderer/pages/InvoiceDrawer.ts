/** The invoice drawer: its status, its totals down to the amount due, and its actions. */
import { expect, type Locator, type Page } from '@playwright/test';

export type TotalLabel =
  'Subtotal' | 'Tax' | 'Total' | 'Credit applied' | 'Paid' | 'Credit notes' | 'Amount due';

export class InvoiceDrawer {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Invoice' });
  }

  total(label: TotalLabel): Locator {
    return this.root
      .getByRole('table', { name: 'Invoice totals' })
      .getByRole('row', { name: label, exact: true });
  }

  async expectTotal(label: TotalLabel, text: string): Promise<void> {
    await expect(this.total(label)).toContainText(text);
  }

  async expectStatus(status: string): Promise<void> {
    await expect(this.root.getByText(status, { exact: true }).first()).toBeVisible();
  }

  async applyBalance(amount?: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Apply balance' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Apply balance to / });
    if (amount !== undefined) {
      await dialog.getByLabel('A chosen amount').check();
      await dialog.getByLabel('Amount').fill(amount);
    }
    await dialog.getByRole('button', { name: 'Apply balance' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens "Edit draft" and returns the dialog, for the caller to change and submit. */
  async editDraft(): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Edit draft' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit draft invoice' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }
}
