/**
 * Page model of Settings' import wizard and "Past imports": choose a kind and hand a file over,
 * go through the columns to the preview, skip refused rows, import, and undo a past import.
 */
import type { Locator, Page } from '@playwright/test';

export class ImportWizard {
  readonly section: Locator;
  readonly past: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Import', exact: true });
    this.past = page.getByRole('region', { name: 'Past imports' });
  }

  async chooseFile(
    kind: string,
    file: { name: string; text: string },
    mimeType = 'text/csv',
  ): Promise<void> {
    await this.section.getByRole('combobox', { name: 'What the file holds' }).click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
    await this.section.locator('input[type="file"]').setInputFiles({
      name: file.name,
      mimeType,
      buffer: Buffer.from(file.text, 'utf8'),
    });
  }

  async toPreview(): Promise<void> {
    await this.section.getByRole('button', { name: 'Next: columns' }).click();
    await this.section.getByRole('button', { name: 'Next: preview' }).click();
  }

  problems(): Locator {
    return this.section.getByRole('table', { name: 'Problems' });
  }

  async skipRefusedAndImport(rows: number): Promise<void> {
    await this.section.getByRole('checkbox', { name: /Skip the \d+ refused/ }).check();
    await this.section.getByRole('button', { name: `Import ${rows} rows` }).click();
  }

  async undo(fileName: string, reason: string): Promise<void> {
    await this.past.getByRole('button', { name: `Undo the import of ${fileName}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Undo the import of ${fileName}` });
    await dialog.getByRole('textbox', { name: /Reason/ }).fill(reason);
    await dialog.getByRole('button', { name: 'Undo the import' }).click();
  }
}
