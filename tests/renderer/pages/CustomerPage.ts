/**
 * One customer's page, with a method per thing a bookkeeper does there: top up, charge, adjust,
 * refund, invoice, change the billing mode, track and deduct time. Each waits for the dialog to
 * close (done) or returns it still open (refused), so specs can read the engine's words.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type TopUp = {
  amount: string;
  kind?: 'Paid' | 'Promotional';
  expiresOn?: string;
  effectiveOn?: string;
  method?: string;
  reason?: string;
};
const MAIN_ACTIONS = new Set([
  'Top up',
  'Charge',
  'New invoice',
  'Record payment',
  'Unarchive customer',
]);

export type Line = { description: string; quantity?: string; unitPrice: string; taxRate?: string };

export class CustomerPage {
  constructor(private readonly page: Page) {}

  figure(label: 'Balance' | 'Available credit' | 'Billing mode' | 'Remaining budget'): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  async expectBalance(text: string | RegExp): Promise<void> {
    await expect(this.figure('Balance')).toContainText(text);
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The common actions are buttons; the rest sit in the More menu. Deciding by label, not by
   * what is visible yet, keeps this right while the page is still loading. */
  async openAction(label: string): Promise<void> {
    if (MAIN_ACTIONS.has(label)) {
      await this.page.getByRole('button', { name: label, exact: true }).click();
      return;
    }
    await this.page.getByRole('button', { name: 'More' }).click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  private async submit(dialog: Locator, label: string, expectDone: boolean): Promise<Locator> {
    await dialog.getByRole('button', { name: label, exact: true }).click();
    if (expectDone) await expect(dialog).toBeHidden();
    return dialog;
  }

  async fillTopUp(topUp: TopUp): Promise<Locator> {
    await this.openAction('Top up');
    const dialog = this.dialog(/^Top up /);
    await dialog.getByLabel('Amount').fill(topUp.amount);
    if (topUp.kind !== undefined) await dialog.getByText(topUp.kind, { exact: true }).click();
    if (topUp.expiresOn !== undefined) {
      await dialog.getByLabel('Expires on').fill(topUp.expiresOn);
      await dialog.getByLabel('Expires on').blur();
    }
    if (topUp.effectiveOn !== undefined) {
      await dialog.getByLabel('Takes effect on').fill(topUp.effectiveOn);
      await dialog.getByLabel('Takes effect on').blur();
    }
    if (topUp.method !== undefined)
      await dialog.getByLabel('Method').selectOption({ label: topUp.method });
    if (topUp.reason !== undefined) await dialog.getByLabel('Reason').fill(topUp.reason);
    return dialog;
  }

  async topUp(topUp: TopUp): Promise<void> {
    await this.submit(await this.fillTopUp(topUp), 'Top up', true);
  }

  async charge(
    charge: { amount: string; description: string },
    expectDone = true,
  ): Promise<Locator> {
    await this.openAction('Charge');
    const dialog = this.dialog(/^Charge /);
    await dialog.getByLabel('Amount').fill(charge.amount);
    await dialog.getByLabel('Description').fill(charge.description);
    return this.submit(dialog, 'Charge', expectDone);
  }

  async adjust(adjustment: {
    direction: 'Credit (add)' | 'Debit (take away)';
    amount: string;
    reason: string;
  }): Promise<void> {
    await this.openAction('Adjust');
    const dialog = this.dialog(/^Adjust /);
    await dialog.getByText(adjustment.direction, { exact: true }).click();
    await dialog.getByLabel('Amount').fill(adjustment.amount);
    await dialog.getByLabel('Reason').fill(adjustment.reason);
    await this.submit(dialog, 'Adjust', true);
  }

  async refund(
    refund: { amount: string; method?: string; reason: string },
    expectDone = true,
  ): Promise<Locator> {
    await this.openAction('Refund');
    const dialog = this.dialog(/^Refund /);
    await dialog.getByLabel('Amount').fill(refund.amount);
    if (refund.method !== undefined)
      await dialog.getByLabel('Method').selectOption({ label: refund.method });
    await dialog.getByLabel('Reason').fill(refund.reason);
    return this.submit(dialog, 'Refund', expectDone);
  }

  async archive(reason: string, expectDone = true): Promise<Locator> {
    await this.openAction('Archive customer');
    const dialog = this.dialog('Archive customer');
    await dialog.getByLabel('Reason').fill(reason);
    return this.submit(dialog, 'Archive', expectDone);
  }

  async newInvoice(lines: Line[], options: { draft?: boolean } = {}): Promise<void> {
    await this.openAction('New invoice');
    const dialog = this.dialog(/^New invoice for /);
    for (const [index, line] of lines.entries()) {
      const n = index + 1;
      if (index > 0) await dialog.getByRole('button', { name: 'Add line' }).click();
      await dialog.getByLabel(`Description, line ${n}`).fill(line.description);
      await dialog.getByLabel(`Quantity, line ${n}`).fill(line.quantity ?? '1');
      await dialog.getByLabel(`Unit price, line ${n}`).fill(line.unitPrice);
      if (line.taxRate !== undefined)
        await dialog.getByLabel(`Tax rate, line ${n}`).fill(line.taxRate);
    }
    await this.submit(dialog, options.draft === true ? 'Save draft' : 'Issue now', true);
  }

  async setBillingMode(mode: {
    mode: 'Prepaid' | 'Credit limit' | 'Post-paid';
    limit?: string;
    reason: string;
  }): Promise<void> {
    await this.openAction('Billing mode');
    const dialog = this.dialog(/^Billing mode for /);
    await dialog.getByRole('radio', { name: mode.mode }).check();
    if (mode.limit !== undefined)
      await dialog.getByRole('textbox', { name: 'Credit limit' }).fill(mode.limit);
    await dialog.getByLabel('Reason').fill(mode.reason);
    await this.submit(dialog, 'Change mode', true);
  }

  async setReplenishment(rule: {
    threshold: string;
    amount: string;
    once?: boolean;
  }): Promise<void> {
    await this.openAction('Replenishment');
    const dialog = this.dialog(/^Replenishment for /);
    await dialog.getByRole('switch', { name: /Issue a top-up invoice/ }).check();
    await dialog.getByRole('textbox', { name: 'Threshold' }).fill(rule.threshold);
    await dialog.getByRole('textbox', { name: 'Top-up amount' }).fill(rule.amount);
    if (rule.once === true) await dialog.getByText('Once', { exact: true }).click();
    await this.submit(dialog, 'Save', true);
  }

  async addTime(entry: { hours: string; description: string }): Promise<void> {
    await this.openAction('Add time');
    const dialog = this.dialog(/^Add time for /);
    await dialog.getByLabel('Hours').fill(entry.hours);
    await dialog.getByLabel('Description').fill(entry.description);
    await this.submit(dialog, 'Add time', true);
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  /** What the customer can spend now, as the Available credit figure shows it. */
  async expectAvailable(text: string): Promise<void> {
    await expect(this.figure('Available credit')).toContainText(text);
  }

  async deductTime(descriptions: string[]): Promise<void> {
    await this.openTab('Time entries');
    for (const description of descriptions)
      await this.page.getByLabel(`Select ${description}`).check();
    await this.page.getByRole('button', { name: /^Deduct \d+ selected$/ }).click();
    await this.submit(this.dialog('Deduct time from the balance'), 'Deduct', true);
  }

  /** Reverses the history entry numbered `seq`, giving `reason`. */
  async reverse(seq: number, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reverse entry #${seq}` }).click();
    const dialog = this.dialog(`Reverse entry #${seq}`);
    await dialog.getByLabel('Reason').fill(reason);
    await this.submit(dialog, 'Reverse', true);
  }

  historyRow(text: string): Locator {
    return this.page
      .getByRole('table', { name: 'Balance history' })
      .getByRole('row')
      .filter({ hasText: text });
  }
}
