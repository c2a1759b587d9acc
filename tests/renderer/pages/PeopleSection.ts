/**
 * The People section of Settings, as an admin uses it: each person's actions sit in a row menu
 * ("Actions for <name>"); edit or remove someone through its dialog. `openRemove` returns the
 * dialog still open, so specs can read its words before `confirmRemove`; finishing methods wait
 * for the dialog to close.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Role } from '../../../shared/contract/types.ts';

export type PersonChanges = { name?: string; role?: Role };

export type PersonAction = 'Edit name and role' | 'Set PIN' | 'Reset PIN' | 'Remove…';

export class PeopleSection {
  readonly table: Locator;
  readonly removedTable: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'People', exact: true });
    this.removedTable = page.getByRole('table', { name: 'Removed people', exact: true });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title, exact: true });
  }

  async openAction(name: string, action: PersonAction): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  async edit(name: string, changes: PersonChanges): Promise<void> {
    await this.openAction(name, 'Edit name and role');
    const dialog = this.dialog(`Edit ${name}`);
    if (changes.name !== undefined) await dialog.getByLabel('Name').fill(changes.name);
    if (changes.role !== undefined) await dialog.getByLabel('Role').selectOption(changes.role);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async openRemove(name: string): Promise<Locator> {
    await this.openAction(name, 'Remove…');
    return this.dialog(`Remove ${name}`);
  }

  /** Types the reason into an open Remove dialog and confirms; waits for the dialog to close. */
  async confirmRemove(dialog: Locator, name: string, reason: string): Promise<void> {
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
