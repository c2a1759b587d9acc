/** The customers list: search it, open a customer, create one through the dialog. */
import { expect, type Locator, type Page } from '@playwright/test';

export type NewCustomer = { name: string; currency?: string; email?: string; hourlyRate?: string };

export class CustomersPage {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Customers' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search customers').fill(text);
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  async open(name: string): Promise<void> {
    await this.table().getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async createCustomer(customer: NewCustomer): Promise<void> {
    await this.page.getByRole('button', { name: 'New customer' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByLabel('Name').fill(customer.name);
    if (customer.currency !== undefined)
      await dialog.getByLabel('Currency').selectOption(customer.currency);
    if (customer.email !== undefined) await dialog.getByLabel('Email').fill(customer.email);
    if (customer.hourlyRate !== undefined)
      await dialog.getByLabel('Hourly rate').fill(customer.hourlyRate);
    await dialog.getByRole('button', { name: 'Create customer' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  }
}
